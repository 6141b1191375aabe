; toets proof obligation
; model:   models/compromise-2024-12.toml
; rule:    money-no-exemption
; subject: zorgkantoorregio
; case:    a plan in region `zorgkantoorregio` paid from `wlz`, without the municipal side
; unsat means: no plan in region `zorgkantoorregio` paid from `wlz` passes a review step unless the municipal side consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.marktleider-1| Bool)
(declare-const |consents.marktleider-2| Bool)
(declare-const |consents.aangewezen-gemeente| Bool)
; some review step of a plan paid from `wlz` passes
(assert (or (and |consents.marktleider-1| |consents.marktleider-2| |consents.aangewezen-gemeente|) (and |consents.marktleider-1| |consents.marktleider-2| |consents.aangewezen-gemeente|)))
; no party of the municipal side consents
(assert (not |consents.aangewezen-gemeente|))
(check-sat)
(exit)
