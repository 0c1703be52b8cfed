# DEV. Ages over 89, passports, street addresses and e-mail addresses in the forms people
# write them (session 3).
@register clinical
@language en
@region US
Discharge summary: {NAME}, {AGE_OVER_89} y.o., discharged to {STREET_US}, {CITY}, {STATE} {ZIP_CODE}.
Mrs. {LAST} is {AGE_OVER_89} years old and lives independently.
Occupational therapy: {AGE_OVER_89}-yr-old man with a new walker; age {AGE_UP_TO_89} wife helps.
Chaplain visit: a lady in her late {AGE_DECADE}, daughter {NAME} present.
At age {AGE_WORDS} she still gardens daily.
Medication review, {AGE_UP_TO_89} y/o, no changes; follow up {DATE}.
Passport # {PASSPORT_US} verified at registration.
Statements go to {PO_BOX}, {CITY}, {STATE} {ZIP_CODE}.
@register chat
my great aunt is {AGE_OVER_89} lol, she's at {STREET_US} now
[email](mailto:{EMAIL_ADDRESS}) me the file
user {EMAIL_ADDRESS}99 not found in directory
quote:\n{EMAIL_ADDRESS}\nend quote
@register email
Questions? Write to {EMAIL_ADDRESS}.
@language en
@region GB
New tenant at {STREET_UK}: passport no {PASSPORT_GB}.
@register clinical
@language de
@region DE
Die Patientin ist {AGE_OVER_89} Jahre alt und lebt in der {STREET_DE}, Köln.
Ausweisdokument: Reisepass {PASSPORT_DE}.
@language fr
@region FR
Mme {LAST}, {AGE_OVER_89} ans, réside au {STREET_FR}, Marseille. Passeport {PASSPORT_FR}.
@language es
@region ES
Pasaporte: {PASSPORT_ES}. Señora de {AGE_OVER_89} años con domicilio en {STREET_ES}.
@language it
@region IT
Indirizzo: {STREET_IT}, Napoli. Passaporto {PASSPORT_IT}.
@language nl
@region NL
Paspoort nr. {PASSPORT_NL}; adres: {STREET_NL}, Den Haag.
@language pl
@region PL
Paszport: {PASSPORT_PL}, adres {STREET_DE}.
@language sv
@region SE
Passnummer: {PASSPORT_SE}. Mannen är {AGE_OVER_89} år gammal.
