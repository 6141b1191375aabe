; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    no-decision-without
; subject: sturing-uitvoering
; case:    without `zn`
; unsat means: the decision `sturing-uitvoering` cannot be taken unless `zn` consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.vws| Bool)
(declare-const |consents.zn| Bool)
(declare-const |consents.vng| Bool)
; step `rule` of `sturing-uitvoering` passes (seed 004: "We sturen gezamenlijk vanuit de verschillende rollen en aandachtsgebieden op de uitvoering daarvan")
(assert (and |consents.vws| |consents.zn| |consents.vng|))
; `zn` does not consent
(assert (not |consents.zn|))
(check-sat)
(exit)
