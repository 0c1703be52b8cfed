# HELDOUT. Clinical notes, referrals, discharge summaries (US English).
@register clinical
@language en
@region US
Discharge summary for {NAME}, a {AGE_OVER_89}-year-old admitted on {DATE}. SSN {US_SSN}; MRN {MEDICAL_RECORD_NUMBER}. Follow-up call to {PHONE_US}.
Referral: please see {NAME} (DOB {DATE}) at your earliest convenience. Medicare number {MEDICARE_MBI}, home address {STREET_ADDRESS}, {CITY}, {STATE} {ZIP_CODE}.
Pt seen in clinic today. Chart # {MEDICAL_RECORD_NUMBER}. Started metformin {DOSE} twice daily. vitals {MEASURE}. Next visit {DATE}.
Prescriber: Dr. {NAME}, NPI {US_NPI}, DEA {US_DEA}. Patient member ID {HEALTH_PLAN_MEMBER_ID} with the plan on file.
Nursing note: patient ({AGE_OVER_89} y/o female) asked us to email results to {EMAIL_ADDRESS} instead of calling {PHONE_US}.
The insulin pump (IMEI {IMEI}) was paired with the patient's phone; her social security number is {US_SSN} for the billing form.
Consult note {DATE}: patient states she is {AGE_OVER_89} years old. Lives at {STREET_ADDRESS}. Daughter reachable at {PHONE_US}.
Transfer packet for {NAME}: medical record number {MEDICAL_RECORD_NUMBER}, SSN {US_SSN}, insurance {HEALTH_PLAN_MEMBER_ID}, admitted {DATE}, discharged {DATE}.
| Field | Value |\n|---|---|\n| Patient | {NAME} |\n| MRN | {MEDICAL_RECORD_NUMBER} |\n| DOB | {DATE} |\n| SSN | {US_SSN} |\n| Phone | {PHONE_US} |
Home health visit scheduled; the agency portal link is {URL} and the visit was logged from {IPV4}.
