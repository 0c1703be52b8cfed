# HELDOUT. Ages over 89, passports, street addresses and e-mail addresses in the forms people
# write them (session 3). Written before the detectors were changed for these forms; never tune on it.
@register clinical
@language en
@region US
Geriatrics consult: {NAME} is a {AGE_OVER_89}-year-old widow admitted with a hip fracture on {DATE}.
Pt {AGE_OVER_89}y/o F, lives with daughter at {STREET_US}, {CITY}, {STATE} {ZIP_CODE}.
Family reports she remained independent until age {AGE_OVER_89}; now in her {AGE_DECADE} and frail.
Hospice intake: aged {AGE_OVER_89}, DNR on file, son {NAME} reachable at {PHONE_US}.
Nutrition note: {AGE_UP_TO_89}-year-old male, weight stable, repeat labs {DATE}.
Her mother lived to be {AGE_WORDS} years old; father died at {AGE_UP_TO_89}.
Travel clinic: passport {PASSPORT_US} (USA), yellow fever vaccine given {DATE}.
Please mail the claim form to {PO_BOX}, {CITY}, {STATE} {ZIP_CODE}.
@register chat
grandpa just turned {AGE_OVER_89} and still drives to {STREET_US} every sunday lol
<a href="mailto:{EMAIL_ADDRESS}">write us</a>
export failed: ticket {EMAIL_ADDRESS}721 reopened by {NAME}
Hi,\n{EMAIL_ADDRESS}\nthanks for the help
@register email
Contact me at {EMAIL_ADDRESS}.
@register clinical
@language en
@region GB
Visa letter for {NAME}, passport number: {PASSPORT_GB}, home address {STREET_UK}.
@language de
@region DE
Patientin, {AGE_OVER_89} Jahre alt, wohnhaft {STREET_DE} in Berlin.
Bitte Kopie des Reisepasses beilegen, Pass-Nr. {PASSPORT_DE}.
@language fr
@region FR
Adresse du patient : {STREET_FR}, Lyon. Âgée de {AGE_OVER_89} ans.
Pièce d'identité : passeport n° {PASSPORT_FR}, délivré le {DATE_NUM}.
@language es
@region ES
Paciente de {AGE_OVER_89} años, domicilio: {STREET_ES}, Madrid.
Datos del viajero: pasaporte nº {PASSPORT_ES}.
@language it
@region IT
Documento: passaporto n. {PASSPORT_IT} rilasciato a Milano; residente in {STREET_IT}, Torino.
@language nl
@region NL
Identiteitsbewijs: paspoortnummer {PASSPORT_NL}. Woonadres {STREET_NL}, Utrecht.
@language pl
@region PL
Numer paszportu: {PASSPORT_PL}. Pacjentka lat {AGE_OVER_89}.
@language sv
@region SE
Passnummer {PASSPORT_SE}, patienten är {AGE_OVER_89} år.
