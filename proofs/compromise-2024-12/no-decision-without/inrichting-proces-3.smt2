; toets proof obligation
; model:   models/compromise-2024-12.toml
; rule:    no-decision-without
; subject: inrichting-proces
; case:    without `vng`
; unsat means: the decision `inrichting-proces` cannot be taken unless `vng` consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.vws| Bool)
(declare-const |consents.zn| Bool)
(declare-const |consents.vng| Bool)
; step `rule` of `inrichting-proces` passes (seed 000 (agreement on equality, seed 004's Governance): "en richten gezamenlijk het proces daartoe in")
(assert (and |consents.vws| |consents.zn| |consents.vng|))
; `vng` does not consent
(assert (not |consents.vng|))
(check-sat)
(exit)
