# TRAIN. Ages over 89, passports, street addresses and e-mail addresses in the forms people
# write them (session 3).
@register clinical
@language en
@region US
ED triage: {AGE_OVER_89} yo female found down at home, {STREET_US}, {CITY}, {STATE} {ZIP_CODE}.
CC: fall. {NAME}, a {AGE_OVER_89} y/o with dementia, DOB {DATE}.
Age: {AGE_OVER_89}. Sex: M. Admitted {DATE} for pneumonia.
Palliative care: patient is {AGE_WORDS} years of age and declines dialysis.
Cardiology: {AGE_UP_TO_89}-year-old with AF, seen {DATE}; his sister, {AGE_OVER_89} years old, also attends.
Social history: widower in his {AGE_DECADE}, lives alone at {STREET_US}.
Pre-travel visit: US passport no. {PASSPORT_US}, departs {DATE}.
Remit payment to {PO_BOX}, {CITY}, {STATE} {ZIP_CODE}.
@register chat
my nan is {AGE_OVER_89}yo and lives at {STREET_US} can u help
mail:{EMAIL_ADDRESS} or call {PHONE_US}
ERROR notify failed for {EMAIL_ADDRESS}2024 (retry 3)
see thread\n{EMAIL_ADDRESS}\n-- sent from my phone
@register email
Send the forms to {EMAIL_ADDRESS}.
@language en
@region GB
Flatmate lives at {STREET_UK}, passport {PASSPORT_GB}.
@register clinical
@language de
@region DE
Der {AGE_OVER_89}-jährige Patient wohnt {STREET_DE}, Hamburg.
Reisepassnummer {PASSPORT_DE}, Ausstellungsdatum {DATE_NUM}.
@language fr
@region FR
Patient âgé de {AGE_OVER_89} ans, demeurant {STREET_FR}, Paris.
Numéro de passeport : {PASSPORT_FR}.
@language es
@region ES
Vive en {STREET_ES}, Sevilla. Número de pasaporte {PASSPORT_ES}.
@language it
@region IT
Paziente di {AGE_OVER_89} anni, abita in {STREET_IT}, Roma. Numero di passaporto {PASSPORT_IT}.
@language nl
@region NL
Patiënt ({AGE_OVER_89} jaar) woont op {STREET_NL}, Leiden; paspoort {PASSPORT_NL}.
@language pl
@region PL
Paszport nr {PASSPORT_PL}, pacjent w wieku {AGE_OVER_89} lat.
@language sv
@region SE
Pass nr {PASSPORT_SE}. Patienten, {AGE_OVER_89} år, bor på {STREET_DE}.
