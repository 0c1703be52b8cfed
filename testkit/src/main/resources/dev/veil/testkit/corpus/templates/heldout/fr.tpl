# HELDOUT. French.
@register clinical
@language fr
@region FR
Compte rendu : {NAME}, né le {DATE_NUM}, numéro de sécurité sociale {FR_NIR}, joignable au {PHONE_FR}.
@register finance
Madame, votre remboursement sera versé sur le compte {IBAN_FR}. Pour toute question, appelez le {PHONE_FR}.
Merci de nous transmettre votre NIR ({FR_NIR}) et une copie de votre carte Vitale avant le {DATE_NUM}.
@register chat
La mise à jour {VERSION} est disponible, la commande {ORDER_NO} coûte {PRICE}.
@register chat
Mon numéro de passeport est {PASSPORT_NUMBER}, il expire le {DATE_NUM}.
