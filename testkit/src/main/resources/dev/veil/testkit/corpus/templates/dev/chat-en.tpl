# DEV. Chat and support conversations.
@register chat
@language en
@region US
can u help me fill this form? name {NAME}, ssn {US_SSN}, dob {DATE}
I think someone used my card {CREDIT_CARD} - my phone is {PHONE_US}, please call
error log:\n[{TIMESTAMP}] auth failed for key {AWS_ACCESS_KEY_ID} from {IPV4}
export GITHUB_TOKEN={GITHUB_TOKEN}\nnpm publish fails with 403, any idea?
curl -H "Authorization: Bearer {JWT}" {URL}
found this in an old repo, is it sensitive?\n{PEM_PRIVATE_KEY}
spring.datasource.password={PASSWORD}\nspring.datasource.url=jdbc:postgresql://{IPV4}:5432/app
my IPv6 is {IPV6}, the VPN drops every few minutes
her 100th birthday? no, she turns {AGE_OVER_89} on {DATE}
what year is a car with VIN {VIN}?
