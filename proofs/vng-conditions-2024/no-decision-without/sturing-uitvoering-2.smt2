; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    no-decision-without
; subject: sturing-uitvoering
; case:    without `zn`
; unsat means: the decision `sturing-uitvoering` cannot be taken unless `zn` consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.sturing-uitvoering.1| Bool)
(declare-const |consents.vws| Bool)
(declare-const |consents.zn| Bool)
(declare-const |consents.vng| Bool)
; if the rule of decision `sturing-uitvoering` passes, it asks the consent of `vws`
(assert (or (not |passes.sturing-uitvoering.1|) |consents.vws|))
; if the rule of decision `sturing-uitvoering` passes, it asks the consent of `zn`
; the proof rests on this: the rule of decision `sturing-uitvoering` asks the consent of `zn` (models/vng-conditions-2024.toml:404:23)
(assert (or (not |passes.sturing-uitvoering.1|) |consents.zn|))
; if the rule of decision `sturing-uitvoering` passes, it asks the consent of `vng`
(assert (or (not |passes.sturing-uitvoering.1|) |consents.vng|))
; step `rule` of `sturing-uitvoering` passes (Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, Governance: "We sturen gezamenlijk vanuit de verschillende rollen en aandachtsgebieden op de uitvoering daarvan")
(assert |passes.sturing-uitvoering.1|)
; `zn` does not consent
(assert (not |consents.zn|))
(check-sat)
(exit)
