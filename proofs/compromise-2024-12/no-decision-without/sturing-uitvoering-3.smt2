; toets proof obligation
; model:   models/compromise-2024-12.toml
; rule:    no-decision-without
; subject: sturing-uitvoering
; case:    without `vng`
; unsat means: the decision `sturing-uitvoering` cannot be taken unless `vng` consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.vws| Bool)
(declare-const |consents.zn| Bool)
(declare-const |consents.vng| Bool)
; step `rule` of `sturing-uitvoering` passes (seed 000 (agreement on equality, seed 004's Governance): "We sturen gezamenlijk vanuit de verschillende rollen en aandachtsgebieden op de uitvoering daarvan")
(assert (and |consents.vws| |consents.zn| |consents.vng|))
; `vng` does not consent
(assert (not |consents.vng|))
(check-sat)
(exit)
