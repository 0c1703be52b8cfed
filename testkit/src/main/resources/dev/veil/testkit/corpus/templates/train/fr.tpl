# TRAIN. French.
@register clinical
@language fr
@region FR
NIR {FR_NIR}, tél {PHONE_FR}, né le {DATE_NUM}.
@register finance
IBAN {IBAN_FR}, sécurité sociale {FR_NIR}.
