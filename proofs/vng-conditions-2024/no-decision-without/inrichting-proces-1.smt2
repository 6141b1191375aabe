; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    no-decision-without
; subject: inrichting-proces
; case:    without `vws`
; unsat means: the decision `inrichting-proces` cannot be taken unless `vws` consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.vws| Bool)
(declare-const |consents.zn| Bool)
(declare-const |consents.vng| Bool)
; step `rule` of `inrichting-proces` passes (seed 004: "en richten gezamenlijk het proces daartoe in")
(assert (and |consents.vws| |consents.zn| |consents.vng|))
; `vws` does not consent
(assert (not |consents.vws|))
(check-sat)
(exit)
