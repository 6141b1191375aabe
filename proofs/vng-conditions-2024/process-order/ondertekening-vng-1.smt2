; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    process-order
; subject: ondertekening-vng
; case:    `ondertekening-vng` without a step of kind `members-ratification`
; unsat means: every run of the process that reaches `ondertekening-vng` has done a step of kind `members-ratification`
; expect:  unsat
(set-logic QF_LIA)
(declare-const |done.conceptakkoord| Bool)
(declare-const |done.udo| Bool)
(declare-const |done.doorrekening| Bool)
(declare-const |done.houdbaarheid-sociaal-domein| Bool)
(declare-const |done.voorleggen-aan-leden| Bool)
(declare-const |done.instemming-alv| Bool)
(declare-const |done.ondertekening-vng| Bool)
; fact: `udo` starts only after `conceptakkoord` is done
(assert (or (not |done.udo|) |done.conceptakkoord|))
; fact: `doorrekening` starts only after `conceptakkoord` is done
(assert (or (not |done.doorrekening|) |done.conceptakkoord|))
; fact: `houdbaarheid-sociaal-domein` starts only after `conceptakkoord` is done
(assert (or (not |done.houdbaarheid-sociaal-domein|) |done.conceptakkoord|))
; fact: `voorleggen-aan-leden` starts only after `conceptakkoord` is done
(assert (or (not |done.voorleggen-aan-leden|) |done.conceptakkoord|))
; fact: `voorleggen-aan-leden` starts only after `udo` is done
(assert (or (not |done.voorleggen-aan-leden|) |done.udo|))
; fact: `voorleggen-aan-leden` starts only after `doorrekening` is done
(assert (or (not |done.voorleggen-aan-leden|) |done.doorrekening|))
; fact: `voorleggen-aan-leden` starts only after `houdbaarheid-sociaal-domein` is done
(assert (or (not |done.voorleggen-aan-leden|) |done.houdbaarheid-sociaal-domein|))
; fact: `instemming-alv` starts only after `voorleggen-aan-leden` is done
(assert (or (not |done.instemming-alv|) |done.voorleggen-aan-leden|))
; fact: `ondertekening-vng` starts only after `instemming-alv` is done
; the proof rests on this: the step `ondertekening-vng` comes after `instemming-alv` (models/vng-conditions-2024.toml:611:1)
(assert (or (not |done.ondertekening-vng|) |done.instemming-alv|))
; the run reaches `ondertekening-vng`
(assert |done.ondertekening-vng|)
; the run does no step of kind `members-ratification`
(assert (not |done.instemming-alv|))
(check-sat)
(exit)
