; toets proof obligation
; model:   models/compromise-2024-12.toml
; rule:    all-commission
; subject: nieuw-akkoord
; case:    every commissioner, one role
; unsat means: every commissioner commissions `nieuw-akkoord`, all in the same role
; expect:  unsat
(set-logic QF_LIA)
(declare-const |commissioner.vws| Bool)
(declare-const |same-role.vws| Bool)
(declare-const |commissioner.zn| Bool)
(declare-const |same-role.zn| Bool)
(declare-const |commissioner.vng| Bool)
(declare-const |same-role.vng| Bool)
; fact: `vws` commissions `nieuw-akkoord`: true
; the proof rests on this: `vws` commissions `nieuw-akkoord` as `opdrachtgever` (models/compromise-2024-12.toml:281:1)
(assert |commissioner.vws|)
; fact: `vws` has the first commissioner's role: true
; the proof rests on this: `vws` commissions `nieuw-akkoord` as `opdrachtgever` (models/compromise-2024-12.toml:281:1)
(assert |same-role.vws|)
; fact: `zn` commissions `nieuw-akkoord`: true
; the proof rests on this: `zn` commissions `nieuw-akkoord` as `opdrachtgever` (models/compromise-2024-12.toml:287:1)
(assert |commissioner.zn|)
; fact: `zn` has the first commissioner's role: true
; the proof rests on this: `zn` commissions `nieuw-akkoord` as `opdrachtgever` (models/compromise-2024-12.toml:287:1)
(assert |same-role.zn|)
; fact: `vng` commissions `nieuw-akkoord`: true
; the proof rests on this: `vng` commissions `nieuw-akkoord` as `opdrachtgever` (models/compromise-2024-12.toml:293:1)
(assert |commissioner.vng|)
; fact: `vng` has the first commissioner's role: true
; the proof rests on this: `vng` commissions `nieuw-akkoord` as `opdrachtgever` (models/compromise-2024-12.toml:293:1)
(assert |same-role.vng|)
; some commissioner is missing or in another role
(assert (or (or (not |commissioner.vws|) (not |same-role.vws|)) (or (not |commissioner.zn|) (not |same-role.zn|)) (or (not |commissioner.vng|) (not |same-role.vng|))))
(check-sat)
(exit)
