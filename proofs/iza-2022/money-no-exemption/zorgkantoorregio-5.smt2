; toets proof obligation
; model:   models/iza-2022.toml
; rule:    money-no-exemption
; subject: zorgkantoorregio
; case:    a plan in region `zorgkantoorregio` paid from `state-budget`, without the insurer side
; unsat means: no plan in region `zorgkantoorregio` paid from `state-budget` passes a review step unless the insurer side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
; some review step of a plan paid from `state-budget` passes
(assert (or (and |consents.marktleider-1| |consents.marktleider-2|) (and |consents.marktleider-1| |consents.marktleider-2|)))
; no party of the insurer side consents
(assert (and (not |consents.marktleider-1|) (not |consents.marktleider-2|)))
(check-sat)
(exit)
