# DEV. French.
@register clinical
@language fr
@region FR
Patient {NAME}, date de naissance {DATE_NUM}, n° de sécu {FR_NIR}, tél. {PHONE_FR}.
@register finance
Le virement sera effectué sur l'IBAN {IBAN_FR}. Service client : {PHONE_FR}.
Votre numéro de sécurité sociale {FR_NIR} figure sur l'attestation du {DATE_NUM}.
@register chat
Commande {ORDER_NO} : {PRICE}, livraison demain.
