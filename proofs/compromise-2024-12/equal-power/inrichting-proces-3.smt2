; toets proof obligation
; model:   models/compromise-2024-12.toml
; rule:    equal-power
; subject: inrichting-proces
; case:    `zn` outweighs `vws`
; unsat means: in `inrichting-proces`, `vws` can take the place of `zn` in every coalition
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.zn| Bool)
(declare-const |consents.vws| Bool)
(declare-const |passes.inrichting-proces.1| Bool)
(declare-const |consents.vng| Bool)
; `zn` consents
(assert |consents.zn|)
; `vws` does not consent
(assert (not |consents.vws|))
; if the rule of decision `inrichting-proces` passes, it asks the consent of `vws`
; the proof rests on this: the rule of decision `inrichting-proces` asks the consent of `vws` (models/compromise-2024-12.toml:418:23)
(assert (or (not |passes.inrichting-proces.1|) |consents.vws|))
; if the rule of decision `inrichting-proces` passes, it asks the consent of `zn`
(assert (or (not |passes.inrichting-proces.1|) |consents.zn|))
; if the rule of decision `inrichting-proces` passes, it asks the consent of `vng`
(assert (or (not |passes.inrichting-proces.1|) |consents.vng|))
; with `zn`, step `rule` of `inrichting-proces` passes (Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, Governance: "en richten gezamenlijk het proces daartoe in")
(assert |passes.inrichting-proces.1|)
; with `vws` in the place of `zn`, `inrichting-proces` does not pass
(assert (not (and true false |consents.vng|)))
(check-sat)
(exit)
