# HELDOUT. Chat and support conversations, pasted logs and config.
@register chat
@language en
@region US
hey can you check why my card {CREDIT_CARD} keeps getting declined? my email is {EMAIL_ADDRESS}
User: my ssn is {US_SSN} and I need to reset my account, phone {PHONE_US}
pasting the config so you can debug it:\naws_access_key_id = {AWS_ACCESS_KEY_ID}\nregion = us-east-1\nversion = {VERSION}
here's the token I use in the CI: {GITHUB_TOKEN} - why does the push fail?
The API returns 401 with Authorization: Bearer {JWT}
I generated this key last night, is the format right?\n{PEM_PRIVATE_KEY}\nthanks
db settings: host={IPV4} user=admin password={PASSWORD}
my router shows {IPV6} as the address, and the portal at {URL} says I'm offline
can you translate this for my grandmother? she is {AGE_OVER_89} and her appointment is on {DATE}
I bought a used car, VIN {VIN}, can you tell me the model year?
I'm flying tomorrow and the airline form wants my passport number, it's {PASSPORT_NUMBER}, expires {DATE}
