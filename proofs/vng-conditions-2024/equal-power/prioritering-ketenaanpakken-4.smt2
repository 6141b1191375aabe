; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    equal-power
; subject: prioritering-ketenaanpakken
; case:    `zn` outweighs `vng`
; unsat means: in `prioritering-ketenaanpakken`, `vng` can take the place of `zn` in every coalition
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.zn| Bool)
(declare-const |consents.vng| Bool)
(declare-const |passes.prioritering-ketenaanpakken.1| Bool)
(declare-const |consents.vws| Bool)
; `zn` consents
(assert |consents.zn|)
; `vng` does not consent
(assert (not |consents.vng|))
; if the rule of decision `prioritering-ketenaanpakken` passes, it asks the consent of `vws`
(assert (or (not |passes.prioritering-ketenaanpakken.1|) |consents.vws|))
; if the rule of decision `prioritering-ketenaanpakken` passes, it asks the consent of `zn`
(assert (or (not |passes.prioritering-ketenaanpakken.1|) |consents.zn|))
; if the rule of decision `prioritering-ketenaanpakken` passes, it asks the consent of `vng`
; the proof rests on this: the rule of decision `prioritering-ketenaanpakken` asks the consent of `vng` (models/vng-conditions-2024.toml:391:23)
(assert (or (not |passes.prioritering-ketenaanpakken.1|) |consents.vng|))
; with `zn`, step `rule` of `prioritering-ketenaanpakken` passes (Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, NB: "Voor de ketenaanpakken willen we verkennen of en welke nadere afspraken we kunnen maken [...] evenals afspraken over niet-vrijblijvende gezamenlijke prioritering.")
(assert |passes.prioritering-ketenaanpakken.1|)
; with `vng` in the place of `zn`, `prioritering-ketenaanpakken` does not pass
(assert (not (and |consents.vws| false true)))
(check-sat)
(exit)
