; toets proof obligation
; model:   models/compromise-2024-12.toml
; rule:    no-decision-without
; subject: sturing-uitvoering
; case:    without `vng`
; unsat means: the decision `sturing-uitvoering` cannot be taken unless `vng` consents
; expect:  unsat
(set-logic QF_LIA)
(declare-const |passes.sturing-uitvoering.1| Bool)
(declare-const |consents.vws| Bool)
(declare-const |consents.zn| Bool)
(declare-const |consents.vng| Bool)
; if the rule of decision `sturing-uitvoering` passes, it asks the consent of `vws`
(assert (or (not |passes.sturing-uitvoering.1|) |consents.vws|))
; if the rule of decision `sturing-uitvoering` passes, it asks the consent of `zn`
(assert (or (not |passes.sturing-uitvoering.1|) |consents.zn|))
; if the rule of decision `sturing-uitvoering` passes, it asks the consent of `vng`
; the proof rests on this: the rule of decision `sturing-uitvoering` asks the consent of `vng` (models/compromise-2024-12.toml:431:23)
(assert (or (not |passes.sturing-uitvoering.1|) |consents.vng|))
; step `rule` of `sturing-uitvoering` passes (Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, Governance: "We sturen gezamenlijk vanuit de verschillende rollen en aandachtsgebieden op de uitvoering daarvan")
(assert |passes.sturing-uitvoering.1|)
; `vng` does not consent
(assert (not |consents.vng|))
(check-sat)
(exit)
