`cica serve` over HTTP (docs/serve.md): status codes, headers, the Host check, the limits, every
error page (HTML and JSON), the JSON and CSV shapes. The server binds a free port (--port 0) and
prints its URL; tests/serve/lib.sh starts and stops it.

  $ . "$CICA_TESTS/serve/lib.sh"
  $ serve_start --lang en
  $ head -1 serve.out | sed "s#$URL#URL#"
  cica serve is listening on URL (Ctrl-C stops it)
  $ echo "$URL" | grep -c '^http://127\.0\.0\.1:[0-9]*/$'
  1

Pages, their status and the security headers (no CORS header, ever):

  $ for p in / /members /members/KZ /entities/KZ /meetings/deputy-1996 /chairs/1 /sources/seed000 \
  >          /reports /reports/growth /search?q=Almaty /sql /quiz /quiz/stats /timeline /static/cica.css; do
  >   printf '%s ' "$p"; code "$p"; done
  / 200
  /members 200
  /members/KZ 200
  /entities/KZ 200
  /meetings/deputy-1996 200
  /chairs/1 200
  /sources/seed000 200
  /reports 200
  /reports/growth 200
  /search?q=Almaty 200
  /sql 200
  /quiz 200
  /quiz/stats 200
  /timeline 200
  /static/cica.css 200
  $ curl -sI "$URL" | grep -iE '^(content-type|content-security-policy|x-content-type-options|referrer-policy|x-frame-options|access-control)' | tr -d '\r' | sort
  Content-Security-Policy: default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'
  Content-Type: text/html; charset=utf-8
  Referrer-Policy: no-referrer
  X-Content-Type-Options: nosniff
  X-Frame-Options: DENY

The Host header must name this server (DNS rebinding); a request without one is refused:

  $ code / -H 'Host: evil.example'
  421
  $ body / -H 'Host: evil.example' -H 'Accept: application/json'; echo
  {"error":"Host 'evil.example' is not this server's address (refused against DNS rebinding)","status":421}
  
  $ PORT=$(echo "$URL" | sed 's#.*:\([0-9]*\)/$#\1#')
  $ code / -H "Host: localhost:$PORT"
  200
  $ code / -H "Host: 127.0.0.1:$PORT"
  200
  $ code / -H "Host: localhost:1$PORT"
  421
  $ code / -H 'Host:'
  400

Errors: a page in the language asked for, and a JSON error for a .json URL:

  $ code /no/such/page
  404
  $ body /nope.json; echo
  {"error":"no such page: /nope.json","status":404}
  
  $ body '/members.json?as_of=2014-13-01'; echo
  {"error":"bad date '2014-13-01': not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)","status":400}
  
  $ body '/members.json?lang=xx'; echo
  {"error":"unknown language 'xx' (expected zh-Hans, zh-Hant, en)","status":400}
  
  $ body '/members.json?x=%ff'; echo
  {"error":"the URL holds invalid UTF-8 or a control character","status":400}
  
  $ body '/members%ff.json'; echo
  {"error":"the URL holds invalid UTF-8 or a control character","status":400}
  
  $ curl -s "${URL}search.json?q=$(printf '\377')"; echo
  {"error":"the URL holds invalid UTF-8 or a control character","status":400}
  
  $ body '/search.json?q=a%0Ab'; echo
  {"error":"the URL holds invalid UTF-8 or a control character","status":400}
  
  $ body '/reports/growth.json?as_of=2014-02-30'; echo
  {"error":"bad date '2014-02-30': no such day","status":400}
  
  $ body '/quiz/stats.json?as_of=soon'; echo
  {"error":"bad date 'soon': not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)","status":400}
  
  $ body '/members.json?x=%zz'; echo
  {"error":"malformed URL (a bad percent escape)","status":400}
  
  $ body '/members.json?_sort=colour'; echo
  {"error":"cannot sort by 'colour' (columns: id, name, joined, region, founding, sources)","status":400}
  
  $ body '/members.json?_page=0'; echo
  {"error":"_page needs a positive whole number, got '0'","status":400}
  
  $ body '/members.json?_shape=lists'; echo
  {"error":"unknown _shape 'lists' (expected arrays or objects)","status":400}
  
  $ body '/members/ZZ.json'; echo
  {"error":"no 'ZZ' in Member states","status":404}
  
  $ body '/reports/nope.json'; echo
  {"error":"no report 'nope' (available: overview, members, observers, timeline, summits, meetings, chairs, growth, cow, sources, discrepancies, class)","status":404}
  
  $ body '/sql.json?q=select+nonsense'; echo
  {"error":"SQL error: cica.rows: no such column: nonsense","status":400}
  
  $ code '/?as_of=yesterday'
  400
  $ body '/?as_of=yesterday' | grep -o '<p>[^<]*</p>' | head -1
  <p>bad date &#39;yesterday&#39;: not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)</p>
  $ body '/nope?lang=zh-Hant' | grep -o '<p>[^<]*</p>' | head -1
  <p>沒有這個頁面：/nope</p>

--lang beats the browser's Accept-Language (serve-quiz.t has a server without --lang):

  $ body /nope -H 'Accept-Language: zh-CN,zh;q=0.9' | grep -o '<p>[^<]*</p>' | head -1
  <p>no such page: /nope</p>

Every value a request brings is escaped where a page shows it (a search, a filter, an error):

  $ body '/search?q=%3Cscript%3Ealert(1)%3C/script%3E' | grep -c '<script>alert'
  0
  [1]
  $ body '/search?q=%3Cscript%3Ealert(1)%3C/script%3E' | grep -o 'value="[^"]*script[^"]*"' | head -1
  value="&lt;script&gt;alert(1)&lt;/script&gt;"
  $ body '/members?_q=%22%3E%3Cb%3E' | grep -c '"><b>'
  0
  [1]
  $ body '/%3Cb%3Ex' | grep -o '<p>[^<]*</p>' | head -1
  <p>no such page: /&lt;b&gt;x</p>

Methods: GET and HEAD browse, POST only answers the quiz:

  $ code /members -X DELETE
  405
  $ curl -s -o /dev/null -D - -X PUT "$URL" | grep -i '^allow' | tr -d '\r'
  Allow: GET, HEAD, POST
  $ code /members -X POST -d x=1
  405
  $ code /quiz/answer
  405
  $ body /members.json -X PATCH; echo
  {"error":"method PATCH is not allowed here (allowed: GET, HEAD, POST)","status":405}
  
  $ body /quiz/answer -H 'Accept: application/json'; echo
  {"error":"method GET is not allowed here (allowed: POST)","status":405}
  
  $ curl -s -I "${URL}members" | tr -d '\r' | grep -i '^HTTP\|^content-type'
  HTTP/1.1 200 OK
  Content-Type: text/html; charset=utf-8
  $ curl -s -I "${URL}members" | wc -c | awk '{ print ($1 < 1000) ? "headers only" : "a body too" }'
  headers only

Limits: the URL (414), the request body (413), the headers (MHD's own 431):

  $ code "/$(printf 'a%.0s' $(seq 5000))"
  414
  $ head -c 100000 /dev/zero | tr '\0' a > big
  $ code /quiz/answer -X POST --data-binary @big
  413
  $ body /quiz/answer.json -X POST --data-binary @big; echo
  {"error":"the request body is too large (at most 65536 bytes)","status":413}
  
  $ code / -H "X-Big: $(printf 'b%.0s' $(seq 70000))"
  431

JSON shaped as Datasette's: columns, rows as arrays (or objects with _shape=objects), paging:

  $ body '/members.json?_size=2'; echo
  {"columns":["id","name","joined","region","founding","sources"],"next":"/members.json?_page=2&_size=2","page":1,"pages":14,"rows":[["AF","Afghanistan","1999-09-14","142",true,["seed000","seed004","R1","A6"]],["AZ","Azerbaijan","1999-09-14","142",true,["seed000","seed004","R1","D7","A6"]]],"total":28}
  
  $ body '/members.json?_size=1&_page=2&_shape=objects'; echo
  {"columns":["id","name","joined","region","founding","sources"],"next":"/members.json?_page=3&_shape=objects&_size=1","page":2,"pages":28,"rows":[{"founding":true,"id":"AZ","joined":"1999-09-14","name":"Azerbaijan","region":"142","sources":["seed000","seed004","R1","D7","A6"]}],"total":28}
  
  $ body '/chairs.json?_sort=term&_desc=1&_size=1'; echo
  {"columns":["term","name","country","from","to","sources"],"next":"/chairs.json?_desc=1&_page=2&_size=1&_sort=term","page":1,"pages":9,"rows":[[9,"Azerbaijan","AZ","2024-12-17",null,["C9","C10","D6","B13"]]],"total":9}
  
  $ body '/members.json?region=150' | grep -o '"total":[0-9]*'
  "total":1
  $ body '/members.csv' | head -3
  id,name,joined,region,founding,sources\r (esc)
  AF,Afghanistan,1999-09-14,142,true,"seed000, seed004, R1, A6"\r (esc)
  AZ,Azerbaijan,1999-09-14,142,true,"seed000, seed004, R1, D7, A6"\r (esc)
  $ body '/members.csv' | wc -l
  29
  $ body '/sql.json?q=select+id,+name_en+from+entities+where+id+in+(%27KZ%27,%27CN%27)+order+by+id'; echo
  {"columns":["id","name_en"],"rows":[["CN","China"],["KZ","Kazakhstan"]],"truncated":false}
  
  $ body '/sql.json?q=select+id+from+entities+where+id=%27KZ%27&_shape=objects'; echo
  {"columns":["id"],"rows":[{"id":"KZ"}],"truncated":false}
  
  $ body '/search.json?q=%E9%98%BF%E6%8B%89%E6%9C%A8%E5%9B%BE' | grep -o '"total":[0-9]*'
  "total":19

Reports too: the report's columns and rows shaped as a table's, its metadata beside them (a bad
_shape runs nothing; every .json table refuses it alike):

  $ body '/reports/chairs.json?as_of=2006-12-31' | sed 's/"sources":\[{.*/"sources":[…]}/'; echo
  {"as_of":"2025-09-25","chart":null,"column_titles":["Term","Code","Chair","From","To","Sources"],"columns":["term","code","country","from","to","sources"],"description":"Chairing states and their terms; a renewal counts as a new term","lang":"en","name":"chairs","next":null,"notes":[],"rows":[[1,"KZ","Kazakhstan","1999-09-14",null,["B4","seed000","S1"]]],"sources":[…]}
  
  $ body '/reports/chairs.json?_shape=objects' | grep -o '"rows":\[{[^}]*}'
  "rows":[{"code":"KZ","country":"Kazakhstan","from":"1999-09-14","sources":["B4","seed000","S1"],"term":1,"to":"2010-06-08"}
  $ body '/reports/growth.json' | grep -o '"chart":{"series":\[[^]]*\],"title":[^,]*,"type":"[a-z]*","x":"[a-z]*"}'
  "chart":{"series":[{"key":"members","title":"Members"},{"key":"observers","title":"Observers"}],"title":"Members and observers","type":"line","x":"year"}
  $ body '/reports/chairs.json' | grep -o '"sources":\[{"id":"B4","title":"Ministry of Foreign Affairs of T'
  "sources":[{"id":"B4","title":"Ministry of Foreign Affairs of T
  $ for p in '/reports/chairs.json?' '/sql.json?q=select+1&' '/search.json?q=KZ&'; do
  >   printf '%s ' "$p"; body "${p}_shape=lists"; done
  /reports/chairs.json? {"error":"unknown _shape 'lists' (expected arrays or objects)","status":400}
  /sql.json?q=select+1& {"error":"unknown _shape 'lists' (expected arrays or objects)","status":400}
  /search.json?q=KZ& {"error":"unknown _shape 'lists' (expected arrays or objects)","status":400}
  $ body '/search.json?q=Almaty&_shape=objects' | grep -o '"rows":\[{[^}]*}'
  "rows":[{"id":"almaty","kind":"place","snippet":"**Almaty**","title":"Almaty","url":null}

The as-of date and the language reach every page: CICA had 18 members at the end of 2006:

  $ body '/members.json?as_of=2006-12-31' | grep -o '"total":[0-9]*'
  "total":18
  $ body '/?as_of=2006-12-31' | grep -o '<li><strong>[0-9]*</strong><a href="/members?as_of=2006-12-31">'
  <li><strong>18</strong><a href="/members?as_of=2006-12-31">
  $ body '/members?lang=zh-Hant' | grep -o '<h1>[^<]*</h1>'
  <h1>成員國</h1>
  $ body '/reports/chairs.csv?lang=en' | head -2
  term,code,country,from,to,sources\r (esc)
  1,KZ,Kazakhstan,1999-09-14,2010-06-08,"B4, seed000, S1"\r (esc)

SQL is read-only (the --safe limits and the dataset's own refusal):

  $ body '/sql.json?q=attach+%27x.db%27+as+x'; echo
  {"error":"SQL error: cica.rows: ATTACH is not allowed: the dataset is read-only","status":400}
  
  $ body '/sql.json?q=delete+from+entities'; echo
  {"error":"SQL error: cica.rows: the dataset is read-only","status":400}
  

Ctrl-C or SIGTERM: the server finishes, says so and exits 0:

  $ serve_stop
  exit 0
  cica serve stopped (SIGTERM)
