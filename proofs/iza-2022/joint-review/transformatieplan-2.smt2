; toets proof obligation
; model:   models/iza-2022.toml
; rule:    joint-review
; subject: transformatieplan
; case:    step `beoordeling transformatieplan` of `beoordeling-transformatieplan` without the municipal side
; unsat means: the plan `transformatieplan` cannot pass step `beoordeling transformatieplan` of `beoordeling-transformatieplan` unless the municipal side consents
; expect:  sat
(set-logic QF_LIA)
(declare-const |passes.beoordeling-transformatieplan.1| Bool)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
; if step `beoordeling transformatieplan` of decision `beoordeling-transformatieplan` passes, it asks the consent of `region:market-leaders`
(assert (or (not |passes.beoordeling-transformatieplan.1|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; step `beoordeling transformatieplan` of `beoordeling-transformatieplan` passes (Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 20: "De betrokken zorgverzekeraar(s) beoordelen een transformatieplan en de aanvraag van transformatiemiddelen op basis van het “Beoordelingskader impactvolle zorgtransformaties”. Wanneer het transformatieplan voldoet aan de voorwaarden uit het “Beoordelingskader impactvolle zorgtransformaties” en de inzet van transformatiemiddelen zijn goedgekeurd door de betrokken marktleider zorgverzekeraars, informeren zij de aanvragende zorgaanbieders en de andere zorgverzekeraars over de uitkomsten van de beoordeling."; Integraal Zorgakkoord: 'Samen werken aan gezonde zorg', p. 101: "Een ingediend plan wordt door de twee betrokken marktleider zorgverzekeraars namens alle zorgverzekeraars beoordeeld.")
(assert |passes.beoordeling-transformatieplan.1|)
; no party of the municipal side consents
(assert true)
(check-sat)
(exit)
