#!/usr/bin/env python3
"""Fails when a top-level module of the backend imports (through `crate::`) one that imports it
back, directly or around a longer cycle: every dependency must point one way (README,
"Layers"). Comments and tests do not count. Usage: scripts/module_cycles.py [backend/src]"""
import os,re,collections,sys
root=sys.argv[1] if len(sys.argv)>1 else 'backend/src'
deps=collections.defaultdict(set); tops=set()
for dp,dn,fn in os.walk(root):
    for f in fn:
        if not f.endswith('.rs'): continue
        p=os.path.join(dp,f); rel=os.path.relpath(p,root); top=rel.split('/')[0].replace('.rs','')
        if f in('tests.rs',) or f.endswith('_tests.rs') or top in('testing','lib','main'): continue
        tops.add(top)
        s=open(p).read()
        i=s.find('#[cfg(test)]\nmod tests {')
        if i>=0: s=s[:i]
        s='\n'.join(l for l in s.split('\n') if not l.strip().startswith('//'))
        for m in re.finditer(r'crate::([a-z_]+)',s):
            if m.group(1)!=top: deps[top].add(m.group(1))
idx={};low={};st=[];on=set();res=[];c=[0]
def sc(v):
    idx[v]=low[v]=c[0];c[0]+=1;st.append(v);on.add(v)
    for w in deps.get(v,()):
        if w not in idx: sc(w);low[v]=min(low[v],low[w])
        elif w in on: low[v]=min(low[v],idx[w])
    if low[v]==idx[v]:
        comp=[]
        while True:
            w=st.pop();on.discard(w);comp.append(w)
            if w==v:break
        if len(comp)>1: res.append(comp)
for n in sorted(tops):
    if n not in idx: sc(n)
if not res:
    print(f'no module cycle among the {len(tops)} top-level modules of {root}')
    sys.exit(0)
for comp in res:
    print('module cycle:', ', '.join(sorted(comp)))
    for a in sorted(comp):
        print('  ', a, '->', ', '.join(sorted(d for d in deps[a] if d in comp)))
sys.exit(1)
