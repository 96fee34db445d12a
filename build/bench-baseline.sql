-- pgbench script of build/bench.sh: the baseline, one jsonb row per transaction.
insert into bench_baseline(data) values ('{"kind":"plenary","plannedFor":"2018-06-15","convenedBy":{"kind":"facilitator"}}'::jsonb);
