; toets proof obligation
; model:   models/compromise-2024-12.toml
; rule:    equal-power
; subject: sturing-uitvoering
; case:    `zn` outweighs `vws`
; unsat means: in `sturing-uitvoering`, `vws` can take the place of `zn` in every coalition
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.zn| Bool)
(declare-const |consents.vws| Bool)
(declare-const |passes.sturing-uitvoering.1| Bool)
(declare-const |consents.vng| Bool)
; `zn` consents
(assert |consents.zn|)
; `vws` does not consent
(assert (not |consents.vws|))
; if the rule of decision `sturing-uitvoering` passes, it asks the consent of `vws`
; the proof rests on this: the rule of decision `sturing-uitvoering` asks the consent of `vws` (models/compromise-2024-12.toml:431:23)
(assert (or (not |passes.sturing-uitvoering.1|) |consents.vws|))
; if the rule of decision `sturing-uitvoering` passes, it asks the consent of `zn`
(assert (or (not |passes.sturing-uitvoering.1|) |consents.zn|))
; if the rule of decision `sturing-uitvoering` passes, it asks the consent of `vng`
(assert (or (not |passes.sturing-uitvoering.1|) |consents.vng|))
; with `zn`, step `rule` of `sturing-uitvoering` passes (Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, Governance: "We sturen gezamenlijk vanuit de verschillende rollen en aandachtsgebieden op de uitvoering daarvan")
(assert |passes.sturing-uitvoering.1|)
; with `vws` in the place of `zn`, `sturing-uitvoering` does not pass
(assert (not (and true false |consents.vng|)))
(check-sat)
(exit)
