; toets proof obligation
; model:   models/iza-2022.toml
; rule:    joint-review
; subject: transformatieplan
; case:    step `beoordeling transformatieplan` of `beoordeling-transformatieplan` without the insurer side
; unsat means: the plan `transformatieplan` cannot pass step `beoordeling transformatieplan` of `beoordeling-transformatieplan` unless the insurer side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.beoordeling-transformatieplan.1| Bool)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
; if step `beoordeling transformatieplan` of decision `beoordeling-transformatieplan` passes, it asks the consent of `region:market-leaders`
; the proof rests on this: step `beoordeling transformatieplan` of decision `beoordeling-transformatieplan` asks the consent of `region:market-leaders` (models/iza-2022.toml:404:21)
; the proof rests on this: `marktleider-1` and `marktleider-2` are `region:market-leaders` in region `zorgkantoorregio` (models/iza-2022.toml:180:20)
(assert (or (not |passes.beoordeling-transformatieplan.1|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; step `beoordeling transformatieplan` of `beoordeling-transformatieplan` passes (Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 20: "De betrokken zorgverzekeraar(s) beoordelen een transformatieplan en de aanvraag van transformatiemiddelen op basis van het “Beoordelingskader impactvolle zorgtransformaties”. Wanneer het transformatieplan voldoet aan de voorwaarden uit het “Beoordelingskader impactvolle zorgtransformaties” en de inzet van transformatiemiddelen zijn goedgekeurd door de betrokken marktleider zorgverzekeraars, informeren zij de aanvragende zorgaanbieders en de andere zorgverzekeraars over de uitkomsten van de beoordeling."; Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 101: "Een ingediend plan wordt door de twee betrokken marktleider zorgverzekeraars namens alle zorgverzekeraars beoordeeld.")
(assert |passes.beoordeling-transformatieplan.1|)
; no party of the insurer side consents
(assert (and (not |consents.marktleider-1|) (not |consents.marktleider-2|)))
(check-sat)
(exit)
