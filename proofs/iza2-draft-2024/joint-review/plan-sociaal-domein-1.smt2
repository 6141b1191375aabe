; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    joint-review
; subject: plan-sociaal-domein
; case:    step `rule` of `beoordeling-overig-plan` without the insurer side
; unsat means: the plan `plan-sociaal-domein` cannot pass step `rule` of `beoordeling-overig-plan` unless the insurer side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
(declare-const |consents.aangewezen-gemeente| Bool)
; step `rule` of `beoordeling-overig-plan` passes (seed 001: "De VNG wil ook meer zeggenschap bij de beoordeling van de transformatieplannen." and "weigeren die zeggenschap (deels) over te dragen")
(assert (and |consents.marktleider-1| |consents.marktleider-2| |consents.aangewezen-gemeente|))
; no party of the insurer side consents
(assert (and (not |consents.marktleider-1|) (not |consents.marktleider-2|)))
(check-sat)
(exit)
