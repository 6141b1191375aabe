; toets proof obligation
; model:   models/iza-2022.toml
; rule:    joint-review
; subject: transformatieplan
; case:    step `beoordeling transformatieplan` of `beoordeling-transformatieplan` without the insurer side
; unsat means: the plan `transformatieplan` cannot pass step `beoordeling transformatieplan` of `beoordeling-transformatieplan` unless the insurer side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
; step `beoordeling transformatieplan` of `beoordeling-transformatieplan` passes (Regeling SPUK, Beoordelingskader, stap 3: "moet het uiteindelijke plan [...] door de twee marktleider zorgverzekeraars worden beoordeeld en goedgekeurd"; "Zij nemen geen besluit over het goedkeuren van het transformatieplan; zij volgen het uiteindelijke besluit van de twee marktleiders.")
(assert (and |consents.marktleider-1| |consents.marktleider-2|))
; no party of the insurer side consents
(assert (and (not |consents.marktleider-1|) (not |consents.marktleider-2|)))
(check-sat)
(exit)
