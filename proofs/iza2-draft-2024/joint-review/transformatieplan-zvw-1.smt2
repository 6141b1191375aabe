; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    joint-review
; subject: transformatieplan-zvw
; case:    step `eerste snelle toets` of `beoordeling-zvw-plan` without the insurer side
; unsat means: the plan `transformatieplan-zvw` cannot pass step `eerste snelle toets` of `beoordeling-zvw-plan` unless the insurer side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
; step `eerste snelle toets` of `beoordeling-zvw-plan` passes (Regeling SPUK, Beoordelingskader, stap 1: "Het voorstel wordt ter beoordeling voorgelegd aan de twee markleider zorgverzekeraars.")
(assert (and |consents.marktleider-1| |consents.marktleider-2|))
; no party of the insurer side consents
(assert (and (not |consents.marktleider-1|) (not |consents.marktleider-2|)))
(check-sat)
(exit)
