; toets proof obligation
; model:   models/vng-conditions-2024.toml
; rule:    joint-direction
; subject: nieuw-akkoord
; case:    directed together, by the UDO method
; unsat means: every commissioner directs `nieuw-akkoord`, none leads alone, and it is formed by the UDO method
; expect:  unsat
(set-logic QF_LIA)
(declare-const |directs.vws| Bool)
(declare-const |directs.zn| Bool)
(declare-const |directs.vng| Bool)
(declare-const |lead.vws| Bool)
(declare-const |lead.zn| Bool)
(declare-const |lead.vng| Bool)
(declare-const |method.udo| Bool)
; fact: `vws` directs `nieuw-akkoord`: true
; the proof rests on this: `vws` directs `nieuw-akkoord` (models/vng-conditions-2024.toml:288:1)
(assert |directs.vws|)
; fact: `zn` directs `nieuw-akkoord`: true
; the proof rests on this: `zn` directs `nieuw-akkoord` (models/vng-conditions-2024.toml:294:1)
(assert |directs.zn|)
; fact: `vng` directs `nieuw-akkoord`: true
; the proof rests on this: `vng` directs `nieuw-akkoord` (models/vng-conditions-2024.toml:300:1)
(assert |directs.vng|)
; fact: `vws` holds the lead over `nieuw-akkoord`: false
(assert (not |lead.vws|))
; fact: `zn` holds the lead over `nieuw-akkoord`: false
(assert (not |lead.zn|))
; fact: `vng` holds the lead over `nieuw-akkoord`: false
(assert (not |lead.vng|))
; fact: `nieuw-akkoord` is formed by the UDO method: true
; the proof rests on this: `nieuw-akkoord` is formed by the UDO method (models/vng-conditions-2024.toml:264:11)
(assert |method.udo|)
; some commissioner does not direct, someone leads alone, or the method is not the UDO's
(assert (or (not |directs.vws|) (not |directs.zn|) (not |directs.vng|) (and |lead.vws| (or (not |lead.zn|) (not |lead.vng|))) (and |lead.zn| (or (not |lead.vws|) (not |lead.vng|))) (and |lead.vng| (or (not |lead.vws|) (not |lead.zn|))) (not |method.udo|)))
(check-sat)
(exit)
