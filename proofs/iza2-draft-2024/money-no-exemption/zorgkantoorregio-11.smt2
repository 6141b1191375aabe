; toets proof obligation
; model:   models/iza2-draft-2024.toml
; rule:    money-no-exemption
; subject: zorgkantoorregio
; case:    a plan in region `zorgkantoorregio` paid from `own-funds`, without the insurer side
; unsat means: no plan in region `zorgkantoorregio` paid from `own-funds` passes a review step unless the insurer side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
(declare-const |consents.aangewezen-gemeente| Bool)
; some review step of a plan paid from `own-funds` passes
(assert (and |consents.marktleider-1| |consents.marktleider-2| |consents.aangewezen-gemeente|))
; no party of the insurer side consents
(assert (and (not |consents.marktleider-1|) (not |consents.marktleider-2|)))
(check-sat)
(exit)
