; toets proof obligation
; model:   models/iza-2022.toml
; rule:    joint-review
; subject: transformatieplan
; case:    step `beoordeling transformatieplan` of `beoordeling-transformatieplan` without the insurer side
; unsat means: the plan `transformatieplan` cannot pass step `beoordeling transformatieplan` of `beoordeling-transformatieplan` unless the insurer side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.beoordeling-transformatieplan.2| Bool)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
; if step `beoordeling transformatieplan` of decision `beoordeling-transformatieplan` passes, it asks the consent of `region:market-leaders`
; the proof rests on this: step `beoordeling transformatieplan` of decision `beoordeling-transformatieplan` asks the consent of `region:market-leaders` (models/iza-2022.toml:325:21)
; the proof rests on this: `marktleider-1` and `marktleider-2` are `region:market-leaders` in region `zorgkantoorregio` (models/iza-2022.toml:150:20)
(assert (or (not |passes.beoordeling-transformatieplan.2|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; step `beoordeling transformatieplan` of `beoordeling-transformatieplan` passes (Regeling SPUK, Beoordelingskader, stap 3: "moet het uiteindelijke plan [...] door de twee marktleider zorgverzekeraars worden beoordeeld en goedgekeurd"; "Zij nemen geen besluit over het goedkeuren van het transformatieplan; zij volgen het uiteindelijke besluit van de twee marktleiders.")
(assert |passes.beoordeling-transformatieplan.2|)
; no party of the insurer side consents
(assert (and (not |consents.marktleider-1|) (not |consents.marktleider-2|)))
(check-sat)
(exit)
