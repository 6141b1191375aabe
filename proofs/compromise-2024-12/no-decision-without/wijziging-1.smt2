; toets proof obligation
; model:   models/compromise-2024-12.toml
; rule:    no-decision-without
; subject: wijziging
; case:    without `vws`
; unsat means: the decision `wijziging` cannot be taken unless `vws` consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.vws| Bool)
(declare-const |consents.zn| Bool)
(declare-const |consents.vng| Bool)
; step `rule` of `wijziging` passes (seed 000 (agreement on equality, seed 004's Governance): "VWS, ZN en VNG zijn gezamenlijk en gelijkwaardig opdrachtgever van het akkoord")
(assert (and |consents.vws| |consents.zn| |consents.vng|))
; `vws` does not consent
(assert (not |consents.vws|))
(check-sat)
(exit)
