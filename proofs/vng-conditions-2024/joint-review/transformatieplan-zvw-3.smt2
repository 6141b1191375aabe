; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    joint-review
; subject: transformatieplan-zvw
; case:    step `beoordeling transformatieplan` of `gezamenlijke-toetsing` without the insurer side
; unsat means: the plan `transformatieplan-zvw` cannot pass step `beoordeling transformatieplan` of `gezamenlijke-toetsing` unless the insurer side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
(declare-const |consents.aangewezen-gemeente| Bool)
; step `beoordeling transformatieplan` of `gezamenlijke-toetsing` passes (Regeling SPUK, Beoordelingskader, stap 3; the step taken jointly as seed 004 asks)
(assert (and |consents.marktleider-1| |consents.marktleider-2| |consents.aangewezen-gemeente|))
; no party of the insurer side consents
(assert (and (not |consents.marktleider-1|) (not |consents.marktleider-2|)))
(check-sat)
(exit)
