; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    equal-power
; subject: prioritering-ketenaanpakken
; case:    `vws` outweighs `zn`
; unsat means: in `prioritering-ketenaanpakken`, `zn` can take the place of `vws` in every coalition
; expect:  unsat
(set-logic QF_LIA)
(declare-const |consents.vws| Bool)
(declare-const |consents.zn| Bool)
(declare-const |passes.prioritering-ketenaanpakken.1| Bool)
(declare-const |consents.vng| Bool)
; `vws` consents
(assert |consents.vws|)
; `zn` does not consent
(assert (not |consents.zn|))
; if the rule of decision `prioritering-ketenaanpakken` passes, it asks the consent of `vws`
(assert (or (not |passes.prioritering-ketenaanpakken.1|) |consents.vws|))
; if the rule of decision `prioritering-ketenaanpakken` passes, it asks the consent of `zn`
; the proof rests on this: the rule of decision `prioritering-ketenaanpakken` asks the consent of `zn` (models/vng-conditions-2024.toml:391:23)
(assert (or (not |passes.prioritering-ketenaanpakken.1|) |consents.zn|))
; if the rule of decision `prioritering-ketenaanpakken` passes, it asks the consent of `vng`
(assert (or (not |passes.prioritering-ketenaanpakken.1|) |consents.vng|))
; with `vws`, step `rule` of `prioritering-ketenaanpakken` passes (Bijlage 1 bij resolutie IZA: Uitwerking gelijkwaardigheid, NB: "Voor de ketenaanpakken willen we verkennen of en welke nadere afspraken we kunnen maken [...] evenals afspraken over niet-vrijblijvende gezamenlijke prioritering.")
(assert |passes.prioritering-ketenaanpakken.1|)
; with `zn` in the place of `vws`, `prioritering-ketenaanpakken` does not pass
(assert (not (and false true |consents.vng|)))
(check-sat)
(exit)
