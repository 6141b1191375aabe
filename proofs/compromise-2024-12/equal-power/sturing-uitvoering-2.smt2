; toets proof obligation
; model:   models/compromise-2024-12.toml
; rule:    equal-power
; subject: sturing-uitvoering
; case:    `vws` outweighs `vng`
; unsat means: in `sturing-uitvoering`, `vng` can take the place of `vws` in every coalition
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.vws| Bool)
(declare-const |consents.vng| Bool)
(declare-const |passes.sturing-uitvoering.1| Bool)
(declare-const |consents.zn| Bool)
; `vws` consents
(assert |consents.vws|)
; `vng` does not consent
(assert (not |consents.vng|))
; if the rule of decision `sturing-uitvoering` passes, it asks the consent of `vws`
(assert (or (not |passes.sturing-uitvoering.1|) |consents.vws|))
; if the rule of decision `sturing-uitvoering` passes, it asks the consent of `zn`
(assert (or (not |passes.sturing-uitvoering.1|) |consents.zn|))
; if the rule of decision `sturing-uitvoering` passes, it asks the consent of `vng`
; the proof rests on this: the rule of decision `sturing-uitvoering` asks the consent of `vng` (models/compromise-2024-12.toml:431:23)
(assert (or (not |passes.sturing-uitvoering.1|) |consents.vng|))
; with `vws`, step `rule` of `sturing-uitvoering` passes (Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, Governance: "We sturen gezamenlijk vanuit de verschillende rollen en aandachtsgebieden op de uitvoering daarvan")
(assert |passes.sturing-uitvoering.1|)
; with `vng` in the place of `vws`, `sturing-uitvoering` does not pass
(assert (not (and false |consents.zn| true)))
(check-sat)
(exit)
