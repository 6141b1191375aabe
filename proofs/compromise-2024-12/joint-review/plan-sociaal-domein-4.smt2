; toets proof obligation
; model:   models/compromise-2024-12.toml
; rule:    joint-review
; subject: plan-sociaal-domein
; case:    step `beoordeling transformatieplan` of `gezamenlijke-toetsing` without the municipal side
; unsat means: the plan `plan-sociaal-domein` cannot pass step `beoordeling transformatieplan` of `gezamenlijke-toetsing` unless the municipal side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
(declare-const |consents.aangewezen-gemeente| Bool)
; step `beoordeling transformatieplan` of `gezamenlijke-toetsing` passes (Regeling SPUK, Beoordelingskader, stap 3; the step taken jointly as the compromise on equality (seed 000, reading seed 004) provides)
(assert (and |consents.marktleider-1| |consents.marktleider-2| |consents.aangewezen-gemeente|))
; no party of the municipal side consents
(assert (not |consents.aangewezen-gemeente|))
(check-sat)
(exit)
