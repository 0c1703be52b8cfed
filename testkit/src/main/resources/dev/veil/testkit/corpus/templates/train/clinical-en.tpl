# TRAIN. Clinical (US English).
@register clinical
@language en
@region US
Admission H&P: {NAME}, {AGE_OVER_89} years old, DOB {DATE}, MRN {MEDICAL_RECORD_NUMBER}, SSN {US_SSN}.
Please forward records for {NAME} (Medicare beneficiary identifier {MEDICARE_MBI}) to fax {PHONE_US}.
Pt resides at {STREET_ADDRESS}, {CITY}, {STATE} {ZIP_CODE}. Seen {DATE}.
Signed by provider NPI {US_NPI}, DEA {US_DEA}.
Glucose monitor IMEI {IMEI} reported readings on {DATE}.
Insurance member ID {HEALTH_PLAN_MEMBER_ID}; medical record # {MEDICAL_RECORD_NUMBER}.
| Patient | SSN | Phone |\n|---|---|---|\n| {NAME} | {US_SSN} | {PHONE_US} |
Patient prefers email: {EMAIL_ADDRESS}; backup phone {PHONE_US}.
Video visit from {IPV4}; notes at {URL}.
