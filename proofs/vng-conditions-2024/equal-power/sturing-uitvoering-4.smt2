; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    equal-power
; subject: sturing-uitvoering
; case:    `zn` outweighs `vng`
; unsat means: in `sturing-uitvoering`, `vng` can take the place of `zn` in every coalition
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.zn| Bool)
(declare-const |consents.vng| Bool)
(declare-const |passes.sturing-uitvoering.1| Bool)
(declare-const |consents.vws| Bool)
; `zn` consents
(assert |consents.zn|)
; `vng` does not consent
(assert (not |consents.vng|))
; if the rule of decision `sturing-uitvoering` passes, it asks the consent of `vws`
(assert (or (not |passes.sturing-uitvoering.1|) |consents.vws|))
; if the rule of decision `sturing-uitvoering` passes, it asks the consent of `zn`
(assert (or (not |passes.sturing-uitvoering.1|) |consents.zn|))
; if the rule of decision `sturing-uitvoering` passes, it asks the consent of `vng`
; the proof rests on this: the rule of decision `sturing-uitvoering` asks the consent of `vng` (models/vng-conditions-2024.toml:404:23)
(assert (or (not |passes.sturing-uitvoering.1|) |consents.vng|))
; with `zn`, step `rule` of `sturing-uitvoering` passes (Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, Governance: "We sturen gezamenlijk vanuit de verschillende rollen en aandachtsgebieden op de uitvoering daarvan")
(assert |passes.sturing-uitvoering.1|)
; with `vng` in the place of `zn`, `sturing-uitvoering` does not pass
(assert (not (and |consents.vws| false true)))
(check-sat)
(exit)
