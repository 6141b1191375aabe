; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    money-no-exemption
; subject: zorgkantoorregio
; case:    a plan in region `zorgkantoorregio` paid from `state-budget`, without the insurer side
; unsat means: no plan in region `zorgkantoorregio` paid from `state-budget` passes a review step unless the insurer side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
(declare-const |consents.aangewezen-gemeente| Bool)
; some review step of a plan paid from `state-budget` passes
(assert (or (and |consents.marktleider-1| |consents.marktleider-2| |consents.aangewezen-gemeente|) (and |consents.marktleider-1| |consents.marktleider-2| |consents.aangewezen-gemeente|)))
; no party of the insurer side consents
(assert (and (not |consents.marktleider-1|) (not |consents.marktleider-2|)))
(check-sat)
(exit)
