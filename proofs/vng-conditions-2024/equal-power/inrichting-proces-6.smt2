; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    equal-power
; subject: inrichting-proces
; case:    `vng` outweighs `zn`
; unsat means: in `inrichting-proces`, `zn` can take the place of `vng` in every coalition
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.vng| Bool)
(declare-const |consents.zn| Bool)
(declare-const |passes.inrichting-proces.1| Bool)
(declare-const |consents.vws| Bool)
; `vng` consents
(assert |consents.vng|)
; `zn` does not consent
(assert (not |consents.zn|))
; if the rule of decision `inrichting-proces` passes, it asks the consent of `vws`
(assert (or (not |passes.inrichting-proces.1|) |consents.vws|))
; if the rule of decision `inrichting-proces` passes, it asks the consent of `zn`
; the proof rests on this: the rule of decision `inrichting-proces` asks the consent of `zn` (models/vng-conditions-2024.toml:380:23)
(assert (or (not |passes.inrichting-proces.1|) |consents.zn|))
; if the rule of decision `inrichting-proces` passes, it asks the consent of `vng`
(assert (or (not |passes.inrichting-proces.1|) |consents.vng|))
; with `vng`, step `rule` of `inrichting-proces` passes (Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, Governance: "en richten gezamenlijk het proces daartoe in")
(assert |passes.inrichting-proces.1|)
; with `zn` in the place of `vng`, `inrichting-proces` does not pass
(assert (not (and |consents.vws| true false)))
(check-sat)
(exit)
