; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    equal-power
; subject: prioritering-ketenaanpakken
; case:    `zn` outweighs `vws`
; unsat means: in `prioritering-ketenaanpakken`, `vws` can take the place of `zn` in every coalition
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.zn| Bool)
(declare-const |consents.vws| Bool)
(declare-const |passes.prioritering-ketenaanpakken.1| Bool)
(declare-const |consents.vng| Bool)
; `zn` consents
(assert |consents.zn|)
; `vws` does not consent
(assert (not |consents.vws|))
; if the rule of decision `prioritering-ketenaanpakken` passes, it asks the consent of `vws`
; the proof rests on this: the rule of decision `prioritering-ketenaanpakken` asks the consent of `vws` (models/vng-conditions-2024.toml:391:23)
(assert (or (not |passes.prioritering-ketenaanpakken.1|) |consents.vws|))
; if the rule of decision `prioritering-ketenaanpakken` passes, it asks the consent of `zn`
(assert (or (not |passes.prioritering-ketenaanpakken.1|) |consents.zn|))
; if the rule of decision `prioritering-ketenaanpakken` passes, it asks the consent of `vng`
(assert (or (not |passes.prioritering-ketenaanpakken.1|) |consents.vng|))
; with `zn`, step `rule` of `prioritering-ketenaanpakken` passes (Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, NB: "Voor de ketenaanpakken willen we verkennen of en welke nadere afspraken we kunnen maken [...] evenals afspraken over niet-vrijblijvende gezamenlijke prioritering.")
(assert |passes.prioritering-ketenaanpakken.1|)
; with `vws` in the place of `zn`, `prioritering-ketenaanpakken` does not pass
(assert (not (and true false |consents.vng|)))
(check-sat)
(exit)
