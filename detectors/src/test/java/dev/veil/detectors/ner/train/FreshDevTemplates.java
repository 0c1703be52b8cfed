package dev.veil.detectors.ner.train;

import java.util.List;

/**
 * A second development set (round 3): sentences written for error analysis and selection only,
 * never trained on and never evaluated as held-out. The first development set is every 5th
 * training template, which shares the training templates' style; these are new sentence shapes in
 * the same registers, so their errors look more like the errors on unseen templates. Same slot
 * syntax as {@link TrainingTemplates}.
 */
final class FreshDevTemplates {
  private FreshDevTemplates() {}

  static final List<String> WITH_ENTITIES = List.of(
      // clinical
      "Spoke to {PER} this afternoon about the biopsy results.",
      "{FIRST} has had a headache since {DAY} and her {DRUG} is not helping.",
      "Nursing note: {FIRST} {LAST} refused breakfast and asked for {TITLE} {LAST}.",
      "Handover: bed 4 is {PER}, post-op day two, pain controlled.",
      "Daughter ({PER}) would like a call after rounds.",
      "Case discussed at the tumor board; {TITLE} {LAST} to present.",
      "{LAST} was transferred from {LOC} by air ambulance.",
      "Allergic to {DRUG} per {FIRST}'s wife.",
      "The specimen from {PER} was sent to {ORG} for testing.",
      "When {FIRST} arrived she was short of breath and pale.",
      "Guardian {PER} signed the consent form on {DATE}.",
      "She lives alone in {LOC}; her nephew {FIRST} visits weekly.",
      // patient and customer messages
      "hi its {first} again, still waiting on my refill",
      "Can someone tell me why {ORG} charged me twice? - {FIRST}",
      "I am writing on behalf of my father, {PER}, who cannot use email.",
      "My neighbour {FIRST} {LAST} recommended your clinic in {LOC}.",
      "Not sure if {FIRST} told you, but we moved to {LOC} in {MONTH}.",
      "Hello! {PER} here, calling about my appointment with {TITLE} {LAST}.",
      "thanks so much {first}!! see you {DAY}",
      "Please cancel {FIRST}'s dentist visit, she has {DIS} again.",
      "Is {TITLE} {LAST} still taking new patients in {LOC}?",
      "My card was declined at a shop in {LOC} yesterday.",
      // letters, email, business
      "Re: invoice {NUM} for {ORG}\n\nHi {FIRST}, please see attached.",
      "To whom it may concern, {PER} worked with us from {DATE} to {DATE}.",
      "Our records show that {PER} opened the account at the {LOC} branch.",
      "Warm regards,\n{FIRST} {LAST}\nClaims Adjuster, {ORG}",
      "{ORG} and {ORG} announced a merger on {DAY}.",
      "The {LOC} warehouse reported a shortage of {PROD} licenses.",
      "Forwarding this from {FIRST} - can you handle it?",
      "Looping in {PER} who owns the {PROD} migration.",
      "{PER} will cover for me while I am in {LOC}.",
      "Reminder: {FIRST}'s farewell lunch is at {TIME} in the cafeteria.",
      "Minutes taken by {PER}. Present: {PER}, {PER}, {FIRST}.",
      "We reimbursed {PER} for travel from {LOC} to {LOC}.",
      // prompts to an assistant
      "Rewrite this paragraph for {PER}, who is new to the team.",
      "Make this message to {FIRST} sound more polite.",
      "List the risks in the contract {ORG} sent to {PER}.",
      "What should I say to {FIRST} about the missed deadline?",
      "Help me plan a trip from {LOC} to {LOC} for {FIRST} and me.",
      "Turn these notes about {PER}'s visit into a summary.",
      // forms, lists, logs
      "Owner: {PER}\nStatus: open\nSite: {LOC}",
      "{DATE} {TIME} user {first}.{last} logged in from {LOC}",
      "Contacts\n- {PER}, {ORG}\n- {PER}, {ORG}",
      "Beneficiary name: {PER} | Bank: {ORG} | City: {LOC}",
      "assigned to {FIRST} {LAST}, due {DATE}",
      // chat, lower and mixed case
      "{first} said the {loc} trip is off",
      "did u see what {FIRST} posted lol",
      "yeah {first} and {first} are coming too",
      "btw {FIRST} {LAST} is in {LOC} this week",
      "ugh {first} {last} still hasnt paid me back",
      "going to {loc} with {first} on {DAY}",
      // places and organizations in new frames
      "The conference will be held in {LOC} next spring.",
      "{LOC} has the lowest premiums in the region.",
      "She grew up between {LOC} and {LOC}.",
      "Applicants from {LOC} must send a copy of their ID.",
      "After leaving {ORG}, he started a company in {LOC}.",
      "Support tickets are handled by {ORG} in {LOC}.",
      "The train to {LOC} was delayed by two hours.");

  static final List<String> NO_ENTITIES = List.of(
      "Take one tablet by mouth every evening with water.",
      "Wound Care Instructions for After Surgery",
      "Your Monthly Statement Is Ready",
      "The Annual Enrollment Period ends soon.",
      "Click Submit to finalize the Claim Form.",
      "Blood Glucose Log - Week {NUM}",
      "Patient Education: Managing {DIS}",
      "Rose Hip Tea may interact with {DRUG}.",
      "Grace Notes is the name of the newsletter.",
      "Chase the payment with the vendor before {DAY}.",
      "Will the deductible reset in {MONTH}?",
      "Frank Discussion Guide for Caregivers",
      "How do I turn on Two Factor Authentication?",
      "The New Patient Portal launches on {DAY}.",
      "Error Code {NUM}: Invalid Session Token",
      "Read the Release Notes before upgrading {PROD}.",
      "What is a Health Savings Account?",
      "Home Health Aide visits are covered twice a week.",
      "Advance Directive and Living Will",
      "Cancel Auto Pay from the Billing page.",
      "sure, i can do that tomorrow",
      "did the server restart fix it?",
      "Room B12 is reserved for the Safety Committee.",
      "Heart Failure Clinic hours changed.",
      "Tap Settings, then Privacy, then Location Services.");
}
