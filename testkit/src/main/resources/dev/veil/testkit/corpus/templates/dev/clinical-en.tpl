# DEV. Clinical notes, referrals, discharge summaries (US English).
@register clinical
@language en
@region US
HPI: {NAME} is a {AGE_OVER_89} yo man with CHF. DOB {DATE}. SSN on file: {US_SSN}. MRN: {MEDICAL_RECORD_NUMBER}.
Referral letter - patient {NAME}, born {DATE}, insured under Medicare ID {MEDICARE_MBI}; please call {PHONE_US} to book.
Progress note {DATE}: wound healing well. Continue {DOSE} daily. Patient's address: {STREET_ADDRESS}, {CITY}, {STATE} {ZIP_CODE}.
Ordering physician NPI {US_NPI}; controlled substance prescription under DEA number {US_DEA}.
Device log: pacemaker telemetry from handset IMEI {IMEI} uploaded at {TIMESTAMP}.
The patient's member number is {HEALTH_PLAN_MEMBER_ID}; the hospital record is {MEDICAL_RECORD_NUMBER}.
| Name | DOB | MRN |\n|---|---|---|\n| {NAME} | {DATE} | {MEDICAL_RECORD_NUMBER} |\n| {NAME} | {DATE} | {MEDICAL_RECORD_NUMBER} |
Discharge instructions were sent to {EMAIL_ADDRESS}; the daughter ({PHONE_US}) will drive her home.
Social work: Mr. {LAST}, age {AGE_OVER_89}, SSN {US_SSN}, lives alone at {STREET_ADDRESS}.
Telehealth session {DATE}, connection from {IPV4}, recording saved to {URL}.
International patient: passport no. {PASSPORT_NUMBER}, arrived {DATE}, hotel phone {PHONE_US}.
