/** Red-team set 4 (secrets only, held out: written from providers' published token formats and from what CI logs,
 *  container/orchestrator dumps, IaC state, HTTP captures, notebooks and chat pastes look like — NOT from
 *  src/detect/secrets, its docs or its tests). Part A: hand-written positives in the contexts set 3 covers little.
 *  Part B: ~55 credential kinds each placed in two of 32 context templates (CI logs, docker inspect, compose,
 *  k8s stringData/data, Helm, odd .env names, Go/Rust/Java/C#/PHP/Ruby/Kotlin/Swift/PowerShell, shell history,
 *  Slack/Teams, Jupyter, Terraform state, Postman, Ansible, Spring, appsettings, DE/ES/FR/JA prose). Part C: hard
 *  negatives. Labels: SEC(kind, value); OPT() marks debatable spans (reported apart). */
import { caseBuilder } from "../pii-secrets-sample/labels.js";
import { tok as t, rs, hex, uuid, sha, digits, int, pick, b64, b64url, AN, LD, B64, B64U, UD, L, U, D, HEX } from "./gen.js";
export const b = caseBuilder();
const { S, N, SEC: K, OPT } = b;
const ts = (h: number, m: number, s: number) => `2026-03-${String(10 + (h % 18)).padStart(2, "0")}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}.${digits(7)}Z`;
const b64s = (s: string) => Buffer.from(s).toString("base64");

// ============================================================ PART A — hand-written positives
// ---- CI logs
S("ci-gha")`${ts(9, 21, 7)} ##[group]Run ./scripts/publish.sh
${ts(9, 21, 7)} ./scripts/publish.sh
${ts(9, 21, 7)} shell: /usr/bin/bash -e {0}
${ts(9, 21, 7)} env:
${ts(9, 21, 7)}   NODE_AUTH_TOKEN: ${K("npm-token", t.npm())}
${ts(9, 21, 7)}   REGISTRY: https://registry.npmjs.org/
${ts(9, 21, 7)} ##[endgroup]
${ts(9, 21, 9)} npm ERR! code E403`;
S("ci-gha")`${ts(11, 2, 44)} + echo "debug: token is $DEPLOY_TOKEN" | base64
${ts(11, 2, 44)} ZGVidWc6IHRva2VuIGlz${K("base64-echoed-token", b64s(" " + t.ghp() + "\n"))}
${ts(11, 2, 45)} Error: Process completed with exit code 1.`;
S("ci-gitlab")`Running with gitlab-runner 16.11.0 (91a27b2a)
  on docker-autoscaler-3 xZq9ab1c, system ID: r_${rs(AN, 12)}
$ env | grep -i -E 'token|key|pass' | sort
CI_JOB_TOKEN=[MASKED]
CI_REGISTRY_PASSWORD=[MASKED]
HELM_REPO_PASSWORD=${K("generic-password", t.randPw(20))}
SONAR_TOKEN=${K("sonarqube-token", t.sonar())}
$ helm repo add internal https://charts.acme.internal`;
S("ci-jenkins")`[Pipeline] sh
+ set -x
+ curl -sf -X POST -H 'Content-Type: application/json' -H 'Authorization: Bearer ${K("openai-project", t.openaiProj())}' https://api.openai.com/v1/embeddings -d @payload.json
curl: (22) The requested URL returned error: 429
[Pipeline] }`;
S("ci-jenkins")`Started by user Deploy Bot
[EnvInject] - Injecting environment variables from a build step.
[EnvInject] - Injecting as environment variables the properties content
ARTIFACTORY_USER=ci-publisher
ARTIFACTORY_PASSWORD=${K("artifactory-key", t.artifactory())}
[EnvInject] - Variables injected successfully.`;
S("ci-circle")`#!/bin/bash -eo pipefail
printenv | sort
CIRCLE_BRANCH=main
CIRCLE_BUILD_NUM=${digits(4)}
COVERALLS_REPO_TOKEN=${K("coveralls-token", rs(AN, 32))}
CODECOV_TOKEN=${K("codecov-token", uuid())}`;
S("ci-travis")`$ travis encrypt --pro "SLACK_TOKEN=${K("slack-bot-token", t.xoxb())}" --add
Detected repository as acme/web, is this correct? |yes|`;
S("ci-azure")`2026-03-12T08:11:01.0101010Z ##[section]Starting: Publish
2026-03-12T08:11:01.2222222Z ##[command]"C:\\hostedtoolcache\\dotnet\\dotnet.exe" nuget push **/*.nupkg --api-key ${K("nuget-api-key", t.nuget())} --source https://api.nuget.org/v3/index.json
2026-03-12T08:11:04.9999999Z error: Response status code does not indicate success: 403 (The specified API key is invalid).`;
S("ci-bitbucket")`+ pipe: atlassian/aws-s3-deploy:1.1.0
  variables:
    AWS_ACCESS_KEY_ID: '${K("aws-access-key-id", t.akia())}'
    AWS_SECRET_ACCESS_KEY: '${K("aws-secret-key", t.awsSecret())}'
    S3_BUCKET: 'acme-static-prod'`;

// ---- docker
S("docker-inspect")`$ docker inspect --format '{{json .Config.Env}}' payments-api-1 | jq .
[
  "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
  "NODE_VERSION=20.12.2",
  "STRIPE_KEY=${K("stripe-secret", t.skLive())}",
  "PG_URI=postgres://payments:${K("db-url-password", t.urlPw(20))}@pg-main:5432/payments",
  "LOG_LEVEL=info"
]`;
S("docker-inspect")`        "Config": {
            "Hostname": "4b1e0f9d2a7c",
            "Env": [
                "MINIO_ROOT_USER=minioadmin",
                "MINIO_ROOT_PASSWORD=${K("generic-password", t.randPw(24))}",
                "MINIO_BROWSER_REDIRECT_URL=https://console.s3.acme.internal"
            ],
            "Cmd": ["server", "/data", "--console-address", ":9001"],`;
S("docker-compose")`version: "3.9"
services:
  api:
    image: ghcr.io/acme/api:2.14.0
    environment:
      DATABASE_URL: "mysql://api:${K("db-url-password", t.humanPw())}@db:3306/api"
      MAILGUN_KEY: ${K("mailgun-api-key", t.mailgunLegacy())}
  db:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD: ${K("generic-password", t.randPw(16))}`;
S("docker-run")`docker run -d --name pgadmin -e PGADMIN_DEFAULT_EMAIL=ops@acme.io -e PGADMIN_DEFAULT_PASSWORD='${K("generic-password", t.humanPw())}' -p 5050:80 dpage/pgadmin4`;
S("docker-config")`$ cat ~/.docker/config.json
{
	"auths": {
		"https://index.docker.io/v1/": {
			"auth": "${K("docker-config-auth", t.dockerAuth("acmeci", t.dockerPat()))}"
		},
		"ghcr.io": {
			"auth": "${K("docker-config-auth", t.dockerAuth("acme-bot", t.ghp()))}"
		}
	}
}`;
S("docker-config")`{"auths":{"registry.acme.internal:5000":{"auth":"${K("docker-config-auth", t.dockerAuth("deployer", t.humanPw()))}","email":"ops@acme.io"}},"credsStore":""}`;
S("dockerfile")`FROM python:3.12-slim
ARG PIP_EXTRA_INDEX_URL=https://__token__:${K("gitlab-pat", t.glpat())}@gitlab.acme.io/api/v4/projects/118/packages/pypi/simple
RUN pip install --no-cache-dir -r requirements.txt`;

// ---- Kubernetes / Helm
S("k8s-secret")`apiVersion: v1
kind: Secret
metadata:
  name: payments-provider
  namespace: prod
type: Opaque
stringData:
  ADYEN_API_KEY: "${K("adyen-api-key", t.adyen())}"
  ADYEN_HMAC_KEY: "${K("adyen-hmac-key", rs("0123456789ABCDEF", 64))}"`;
S("k8s-secret")`apiVersion: v1
kind: Secret
metadata:
  name: app-env
data:
  DATABASE_PASSWORD: ${K("k8s-secret-b64", b64s(t.randPw(20)))}
  GITHUB_TOKEN: ${K("k8s-secret-b64", b64s(t.ghp()))}
  AWS_SECRET_ACCESS_KEY: ${K("k8s-secret-b64", b64s(t.awsSecret()))}
  LOG_LEVEL: ZGVidWc=`;
S("k8s-secret")`$ kubectl get secret redis-auth -n cache -o json
{
    "apiVersion": "v1",
    "data": {
        "redis-password": "${K("k8s-secret-b64", b64s(rs(AN, 32)))}",
        "redis-url": "${K("k8s-secret-b64", b64s(`rediss://default:${rs(AN, 28)}@redis-master.cache.svc:6380/0`))}"
    },
    "kind": "Secret",
    "type": "Opaque"
}`;
S("k8s-secret")`apiVersion: v1
kind: Secret
metadata:
  name: regcred
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: ${K("k8s-secret-b64", b64s(JSON.stringify({ auths: { "harbor.acme.io": { username: "robot$ci", password: rs(AN, 32), auth: t.dockerAuth("robot$ci", rs(AN, 32)) } } })))}`;
S("k8s-secret")`kubectl create secret generic openai --from-literal=OPENAI_API_KEY=${K("openai-project", t.openaiProj())} -n ml --dry-run=client -o yaml | kubectl apply -f -`;
S("helm")`# values-prod.yaml
postgresql:
  auth:
    username: keycloak
    password: ${K("generic-password", t.humanPw())}
    postgresPassword: ${K("generic-password", t.randPw(22))}
ingress:
  enabled: true`;
S("helm")`helm upgrade --install grafana grafana/grafana -n monitoring --set adminPassword='${K("generic-password", t.randPw(18))}' --set env.GF_AUTH_GITHUB_CLIENT_SECRET=${K("github-oauth-client-secret", hex(40))}`;
S("helm")`externalSecrets: false
datadog:
  apiKey: ${K("datadog-api-key", t.ddApi())}
  appKey: ${K("datadog-app-key", t.ddApp())}
  site: datadoghq.eu
  logs:
    enabled: true`;
S("argocd")`apiVersion: v1
kind: Secret
metadata:
  name: private-repo
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/acme/deploy-manifests
  password: ${K("github-fine-grained", t.ghFine())}
  username: argocd`;

// ---- git / registries / package managers
{ const v = t.glpat(); S("git-remote")`$ git remote -v
origin	https://oauth2:${K("gitlab-pat", v)}@gitlab.com/acme/billing.git (fetch)
origin	https://oauth2:${K("gitlab-pat", v)}@gitlab.com/acme/billing.git (push)`; }
{ const v = t.ghp(); S("git-remote")`$ git remote -v
origin  https://${K("github-ghp", v)}@github.com/acme/infra-live.git (fetch)
origin  https://${K("github-ghp", v)}@github.com/acme/infra-live.git (push)
upstream        git@github.com:hashicorp/terraform-aws-modules.git (fetch)`; }
S("git-remote")`fatal: unable to access 'https://x-token-auth:${K("bitbucket-access-token", t.bbAccessToken())}@bitbucket.org/acme/mobile.git/': The requested URL returned error: 403`;
S("git-remote")`git push https://anything:${K("azure-devops-pat", t.azureDevopsPat())}@dev.azure.com/fabrikam/Payroll/_git/payroll-api HEAD:main`;
S("git-credentials")`$ cat ~/.git-credentials
https://jdoe:${K("github-gho", t.gho())}@github.com
https://jdoe:${K("gitlab-pat", t.glpat())}@gitlab.example.com`;
S("npmrc")`; ~/.npmrc
registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${K("github-ghp", t.ghp())}
//registry.npmjs.org/:_authToken=${K("npm-token", t.npm())}`;
S("npmrc")`registry=https://acme.jfrog.io/artifactory/api/npm/npm-virtual/
_auth=${K("npmrc-basic-auth", t.basic("ci-npm", t.randPw(16)))}
always-auth=true
email=ci@acme.io`;
S("npmrc")`//nexus.acme.local/repository/npm-group/:username=builder
//nexus.acme.local/repository/npm-group/:_password=${K("npmrc-password-b64", b64s(t.humanPw()))}
//nexus.acme.local/repository/npm-group/:email=builder@acme.local`;
S("pip-conf")`# /etc/pip.conf
[global]
index-url = https://pypi-reader:${K("db-url-password", t.urlPw(18))}@nexus.acme.local/repository/pypi-all/simple
trusted-host = nexus.acme.local`;
S("pypirc")`[distutils]
index-servers =
    pypi
    testpypi
[pypi]
username = __token__
password = ${K("pypi-token", t.pypi())}
[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = ${K("pypi-token", t.pypi())}`;
S("gem-credentials")`$ cat ~/.gem/credentials
---
:rubygems_api_key: ${K("rubygems-key", t.rubygems())}`;
S("nuget-config")`<packageSourceCredentials>
  <acme-feed>
    <add key="Username" value="az" />
    <add key="ClearTextPassword" value="${K("azure-devops-pat", t.azureDevopsPat())}" />
  </acme-feed>
</packageSourceCredentials>`;
S("cargo")`# ~/.cargo/credentials.toml
[registry]
token = "${K("crates-io-token", t.cratesIo())}"`;
S("composer")`{
    "http-basic": {
        "repo.packagist.com": { "username": "token", "password": "${K("generic-password", rs(AN, 40))}" }
    },
    "github-oauth": { "github.com": "${K("github-gho", t.gho())}" }
}`;
S("docker-login")`$ echo ${K("docker-hub-pat", t.dockerPat())} | docker login --username acmeci --password-stdin
WARNING! Your password will be stored unencrypted in /home/runner/.docker/config.json.
Login Succeeded`;

// ---- curl / HTTP captures
S("curl-u")`curl -u admin:${K("generic-password", t.humanPw())} -XPUT "https://es.acme.internal:9200/_security/user/kibana_system/_password" -H 'Content-Type: application/json' -d '{"password":"${K("generic-password", t.randPw(18))}"}'`;
S("curl-u")`curl -s -u api:${K("mailgun-api-key", t.mailgunNew())} https://api.eu.mailgun.net/v3/mg.acme.io/messages -F from='ops@mg.acme.io' -F to=a@b.c -F text=hi`;
S("curl-u")`curl --user ${K("stripe-secret", t.skLive())}: https://api.stripe.com/v1/balance`;
S("curl-u")`curl -u "ci-bot:${K("bitbucket-app-password", t.bbAppPw())}" https://api.bitbucket.org/2.0/repositories/acme`;
S("har")`{"log": {"version": "1.2", "entries": [{"request": {"method": "GET", "url": "https://app.acme.io/api/v1/me",
  "headers": [
    {"name": "Accept", "value": "application/json"},
    {"name": "Authorization", "value": "Bearer ${K("jwt", t.jwt({ sub: uuid(), email: "m.ruiz@acme.io", org: "acme", scope: "openid profile admin", iat: 1773100000, exp: 1773186400 }, "RS256"))}"},
    {"name": "Cookie", "value": "connect.sid=${K("session-cookie", t.expressSid())}; _ga=GA1.1.${digits(9)}.${digits(10)}"}
  ]}, "response": {"status": 200}}]}}`;
S("har")`"response": {"status": 302, "headers": [
  {"name": "Set-Cookie", "value": "sessionid=${K("session-cookie", t.djangoSid())}; expires=Tue, 24 Mar 2026 10:12:00 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax; Secure"},
  {"name": "Location", "value": "/dashboard/"}
]}`;
S("har")`{"name": "_shop_session", "value": "${K("session-cookie", t.railsSession())}", "path": "/", "httpOnly": true, "secure": true}`;
S("http-raw")`GET /admin/index.php HTTP/1.1
Host: intranet.acme.local
Cookie: PHPSESSID=${K("session-cookie", t.phpSess())}; lang=de
User-Agent: Mozilla/5.0`;
S("http-raw")`POST /oauth/token HTTP/1.1
Host: auth.acme.io
Authorization: Basic ${K("basic-auth-header", t.basic("ios-app", rs(B64U, 40)))}
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&scope=orders.read`;
S("postman")`{
  "info": {"name": "Payments API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "${K("square-access-token", t.squareAt())}", "type": "string"}]},
  "item": [{"name": "List payments", "request": {"method": "GET", "url": "https://connect.squareup.com/v2/payments"}}]
}`;
S("postman")`"auth": {
  "type": "basic",
  "basic": [
    {"key": "password", "value": "${K("generic-password", t.humanPw())}", "type": "string"},
    {"key": "username", "value": "svc-integration", "type": "string"}
  ]
}`;
S("postman")`{"id": "${uuid()}", "name": "prod", "values": [
  {"key": "baseUrl", "value": "https://api.acme.io", "enabled": true},
  {"key": "apiKey", "value": "${K("generic-api-key", rs(AN, 40))}", "type": "secret", "enabled": true}
], "_postman_variable_scope": "environment"}`;
S("insomnia")`{"_type": "request", "name": "Create tag", "headers": [{"name": "PRIVATE-TOKEN", "value": "${K("gitlab-pat", t.glpat())}"}], "url": "https://gitlab.acme.io/api/v4/projects/7/repository/tags"}`;

// ---- IaC state / notebooks
S("tfstate")`{
  "version": 4,
  "terraform_version": "1.7.5",
  "resources": [{
    "mode": "managed", "type": "aws_iam_access_key", "name": "ci",
    "instances": [{"schema_version": 0, "attributes": {
      "id": "${K("aws-access-key-id", t.akia())}",
      "secret": "${K("aws-secret-key", t.awsSecret())}",
      "status": "Active", "user": "ci-deployer"
    }}]
  }]
}`;
S("tfstate")`{"mode": "managed", "type": "random_password", "name": "db", "provider": "provider[\\"registry.terraform.io/hashicorp/random\\"]",
 "instances": [{"attributes": {"id": "none", "length": 24, "result": "${K("generic-password", t.randPw(24))}", "special": true}, "sensitive_attributes": []}]}`;
S("tfstate")`"attributes": {
  "algorithm": "RSA",
  "private_key_pem": "${K("pem-rsa", t.pemRsa().replace(/\n/g, "\\n"))}\\n",
  "public_key_openssh": "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${rs(B64, 300)}\\n"
}`;
S("tfstate")`"attributes": {"address": "db-prod.c9x.eu-west-1.rds.amazonaws.com", "engine": "postgres", "password": "${K("generic-password", t.humanPw())}", "username": "root", "port": 5432}`;
S("jupyter")`{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "os.environ[\\"OPENAI_API_KEY\\"] = \\"${K("openai-project", t.openaiProj())}\\"\\n",
    "os.environ[\\"PINECONE_API_KEY\\"] = \\"${K("pinecone-key", t.pinecone())}\\""
   ]
  }
 ],
 "nbformat": 4
}`;
S("jupyter")`   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "Connecting to snowflake://ANALYST:${K("snowflake-password", t.humanPw())}@xy12345.eu-central-1/ANALYTICS/PUBLIC?warehouse=COMPUTE_WH\\n",
      "Connected.\\n"
     ]
    }
   ],`;
S("jupyter")`"source": ["from huggingface_hub import login\\n", "login(token=\\"${K("huggingface-token", t.hf())}\\")"]`;
S("ansible")`# group_vars/prod/vars.yml  (no vault yet, TODO)
mysql_root_password: ${K("generic-password", t.randPw(18))}
app_secret_key: "${K("generic-secret", rs(B64U, 48))}"
smtp_relay_password: ${K("generic-password", t.humanPw())}
ntp_servers: [0.pool.ntp.org, 1.pool.ntp.org]`;
S("ansible")`- name: add apt repo key for the private mirror
  ansible.builtin.get_url:
    url: https://apt.acme.internal/key.gpg
    url_username: mirror
    url_password: "${K("generic-password", t.randPw(14))}"
    dest: /etc/apt/keyrings/acme.gpg`;

// ---- Spring / .NET
S("spring-props")`spring.datasource.url=jdbc:postgresql://pg-ha.acme.internal:5432/claims
spring.datasource.username=claims_app
spring.datasource.password=${K("generic-password", t.humanPw())}
spring.mail.password=${K("sendgrid", t.sendgrid())}
spring.security.oauth2.client.registration.okta.client-secret=${K("okta-client-secret", rs(B64U, 40))}`;
S("spring-yaml")`spring:
  rabbitmq:
    addresses: amqps://claims:${K("db-url-password", t.urlPw(18))}@b-8f2.mq.eu-west-1.amazonaws.com:5671
  data:
    redis:
      password: ${K("generic-password", rs(AN, 32))}`;
S("appsettings")`{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Default": "Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=Orders;User ID=orders_app;Password=${K("adonet-password", t.humanPw())};Encrypt=True;",
    "Storage": "DefaultEndpointsProtocol=https;AccountName=acmeorders;AccountKey=${K("azure-storage-key", t.azureAccountKey())};EndpointSuffix=core.windows.net"
  },
  "Stripe": { "SecretKey": "${K("stripe-secret", t.skLive())}" }
}`;
S("appsettings")`"AzureAd": {
  "Instance": "https://login.microsoftonline.com/",
  "TenantId": "${uuid()}",
  "ClientId": "${uuid()}",
  "ClientSecret": "${K("azure-ad-client-secret", t.azureClientSecret())}"
},
"ServiceBus": "Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${K("azure-servicebus-key", b64(32))}"`;
S("web-config")`<connectionStrings>
  <add name="Erp" connectionString="Data Source=ERP-SQL01;Initial Catalog=ERP;User Id=erp_web;Password=${K("adonet-password", t.randPw(14))};" providerName="System.Data.SqlClient" />
</connectionStrings>`;

// ---- connection URLs
S("url-jdbc")`jdbc:postgresql://pg1.acme.internal:5432,pg2.acme.internal:5432/ledger?user=ledger&password=${K("jdbc-password", t.randPw(16))}&targetServerType=primary`;
S("url-jdbc")`jdbc:oracle:thin:scott/${K("jdbc-password", t.humanPw())}@//ora-prod.acme.local:1521/ORCLPDB1`;
S("url-odbc")`Driver={PostgreSQL Unicode};Server=10.12.0.5;Port=5432;Database=dwh;Uid=powerbi;Pwd=${K("odbc-password", t.randPw(15))};sslmode=require`;
S("url-redis")`REDIS_URL=rediss://default:${K("db-url-password", rs(AN, 32))}@eu1-fine-owl-38211.upstash.io:38211`;
S("url-redis")`redis-cli -h redis-prod.acme.internal -p 6379 -a '${K("cli-password", t.randPw(20))}' --no-auth-warning INFO replication`;
S("url-amqp")`CELERY_BROKER_URL = "amqp://celery:${K("db-url-password", t.urlPw(16))}@rabbitmq.prod.svc.cluster.local:5672/celery"`;
S("url-mqtt")`mosquitto_pub -h iot.acme.io -p 8883 --capath /etc/ssl/certs -u sensor-gw-17 -P '${K("cli-password", t.randPw(16))}' -t plant/3/temp -m 21.4`;
S("url-mqtt")`MQTT_BROKER=mqtts://gw-fleet:${K("db-url-password", t.urlPw(18))}@a1b2c3d4e5f6g7-ats.iot.eu-west-1.amazonaws.com:8883`;
S("url-mongo")`MONGODB_URI=mongodb+srv://app-prod:${K("db-url-password", rs(AN, 24))}@cluster0.x7k2p.mongodb.net/shop?retryWrites=true&w=majority&appName=shop`;
S("url-pg")`psql "postgresql://doadmin:${K("db-url-password", "AVNS_" + rs(B64U, 19))}@db-postgresql-fra1-44211-do-user-1234567-0.b.db.ondigitalocean.com:25060/defaultdb?sslmode=require"`;
S("url-mysql")`mysql://root:${K("db-url-password", t.humanPw())}@127.0.0.1:3306/wordpress`;
S("url-kafka")`sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${rs(UD, 16)}" password="${K("confluent-api-secret", rs(B64U + "+/", 64))}";`;
S("snowflake")`snowsql -a xy12345.eu-central-1 -u LOADER --password '${K("snowflake-password", t.randPw(18))}' -d RAW -q "PUT file:///tmp/x.csv @stage"`;
S("url-ldap")`ldapsearch -x -H ldaps://dc01.corp.acme.local -D "CN=svc-ldap,OU=Service,DC=corp,DC=acme,DC=local" -w '${K("cli-password", t.humanPw())}' -b "DC=corp,DC=acme,DC=local" "(sAMAccountName=jdoe)"`;
S("url-smb")`sudo mount -t cifs //fs01/finance /mnt/finance -o username=svc-backup,password=${K("cli-password", t.randPw(14))},vers=3.0`;

// ---- stack traces / errors with connection strings
S("trace-java")`org.postgresql.util.PSQLException: FATAL: password authentication failed for user "billing"
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
	at com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:476)
Caused by: java.lang.IllegalStateException: could not connect with jdbc:postgresql://pg-primary:5432/billing?user=billing&password=${K("jdbc-password", t.humanPw())}`;
S("trace-python")`Traceback (most recent call last):
  File "/app/worker.py", line 41, in <module>
    engine = create_engine(settings.DB_URL)
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.0.3.17", port 5432 failed: timeout expired
(Background on this error at: https://sqlalche.me/e/20/e3q8) [url: postgresql+psycopg2://etl:${K("db-url-password", t.urlPw(16))}@10.0.3.17:5432/warehouse]`;
S("trace-node")`MongoServerSelectionError: connect ECONNREFUSED 10.2.0.8:27017
    at Timeout._onTimeout (/srv/app/node_modules/mongodb/lib/sdam/topology.js:278:38)
  reason: TopologyDescription { type: 'Unknown', servers: Map(1) { 'mongodb://root:${K("db-url-password", rs(AN, 20))}@10.2.0.8:27017' => [ServerDescription] } }`;
S("trace-dotnet")`Unhandled exception. System.ArgumentException: Format of the initialization string does not conform to specification starting at index 87.
   at System.Data.Common.DbConnectionOptions.GetKeyValuePair(String connectionString, Int32 currentPosition)
   ConnectionString: 'Server=sql-prod;Database=Hr;User Id=hr_svc;Password=${K("adonet-password", t.humanPw())};;Trusted_Connection=False'`;
S("trace-go")`panic: dial redis: NOAUTH Authentication required. opts=&redis.Options{Addr:"cache:6379", Username:"default", Password:"${K("generic-password", rs(AN, 28))}", DB:0}

goroutine 1 [running]:
main.mustRedis(...)
	/src/cmd/api/main.go:88 +0x1c5`;
S("trace-ruby")`Bunny::AuthenticationFailureError: Authentication with RabbitMQ failed. Username: "shipments", password: "${K("generic-password", t.randPw(12))}".
	from /usr/local/bundle/gems/bunny-2.22.0/lib/bunny/session.rb:322:in 'start'`;
S("error-log")`2026-03-14 02:11:57.412 UTC [4121] LOG:  statement: ALTER ROLE reporting WITH LOGIN PASSWORD '${K("generic-password", t.humanPw())}';`;
S("error-log")`level=error ts=2026-03-14T08:11:02Z caller=notify.go:732 msg="Notify for alerts failed" integration=slack err="Post \\"${K("slack-webhook", t.slackHook())}\\": dial tcp: i/o timeout"`;

// ---- private keys
S("paste-key")`here's the deploy key, it was generated with ssh-keygen -t ed25519 -C deploy@ci:
${K("openssh-private", t.opensshEd())}`;
S("paste-key")`ssh-add says "incorrect passphrase supplied to decrypt private key" for:
${K("openssh-private-encrypted", t.opensshEnc())}`;
S("paste-key")`ECDSA P-256 signing key in PKCS#8 (exported from the HSM emulator):
${K("pem-pkcs8-ec", t.pk8Ec())}`;
S("paste-key")`${K("pem-pkcs8-ed25519", t.pk8Ed())}
^ the ed25519 key our webhook signer uses, why does node crypto reject it?`;
S("paste-key")`-- ansible group_vars/all/tls.yml --
nginx_tls_key: |
  ${K("pem-ec", t.pemEc().replace(/\n/g, "\n  "))}`;
S("paste-key")`tls.key (encrypted, pass is in 1Password):
${K("pem-pkcs8-encrypted", t.pemPk8Enc())}`;
S("paste-key")`${K("pem-rsa-encrypted", t.pemRsaEnc())}`;
S("paste-key")`gpg --armor --export-secret-subkeys 0x${rs(UD, 16)}!
${K("pgp-private", t.pgp())}`;
S("k8s-secret")`apiVersion: v1
kind: Secret
type: kubernetes.io/tls
metadata: {name: api-tls}
data:
  tls.crt: ${b64s(t.cert())}
  tls.key: ${K("k8s-secret-b64", b64s(t.pemPk8()))}`;
S("json-key")`{"kty":"EC","crv":"P-256","x":"${rs(B64U, 43)}","y":"${rs(B64U, 43)}","d":"${K("jwk-private-d", rs(B64U, 43))}","kid":"sig-2026-03"}`;
S("gcp-sa")`gcloud auth activate-service-account --key-file=- <<'EOF'
{
  "type": "service_account",
  "project_id": "acme-bi-prod",
  "private_key_id": "${OPT(K("gcp-private-key-id", hex(40)))}",
  "private_key": "${K("gcp-sa-private-key", t.pk8Ec("\\n"))}\\n",
  "client_email": "looker@acme-bi-prod.iam.gserviceaccount.com",
  "client_id": "${digits(21)}",
  "token_uri": "https://oauth2.googleapis.com/token"
}
EOF`;
S("firebase-sa")`// firebase-admin init — works locally, fails on Cloud Run
admin.initializeApp({ credential: admin.credential.cert({
  projectId: "acme-mobile-7f3a1",
  clientEmail: "firebase-adminsdk-x1y2z@acme-mobile-7f3a1.iam.gserviceaccount.com",
  privateKey: "${K("gcp-sa-private-key", t.pemPk8("\\n"))}\\n",
}) });`;
S("firebase")`FIREBASE_DATABASE_URL=https://acme-mobile-7f3a1-default-rtdb.europe-west1.firebasedatabase.app
FIREBASE_DB_SECRET=${K("firebase-db-secret", t.firebaseDbSecret())}`;
S("gcp-oauth")`{"access_token":"${K("google-oauth-access-token", t.googleAccess())}","expires_in":3599,"refresh_token":"${K("google-oauth-refresh-token", t.gcpRefresh())}","scope":"https://www.googleapis.com/auth/cloud-platform","token_type":"Bearer"}`;

// ---- Azure SAS / connection strings
S("azure-sas")`azcopy copy ./backup.tar "https://acmebackups.blob.core.windows.net/nightly/backup.tar?${K("azure-sas", `sp=racwdl&st=2026-03-01T00:00:00Z&se=2026-09-01T00:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=${t.azureSasSig()}`)}"`;
S("azure-sas")`BlobSasUrl=https://acmelogs.blob.core.windows.net/?${K("azure-sas", `sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupx&se=2027-01-01T00:00:00Z&st=2026-03-01T00:00:00Z&spr=https&sig=${t.azureSasSig()}`)}`;
S("azure-conn")`AzureWebJobsStorage="DefaultEndpointsProtocol=https;AccountName=acmefuncs;AccountKey=${K("azure-storage-key", t.azureAccountKey())};EndpointSuffix=core.windows.net"`;
S("azure-conn")`$ az cosmosdb keys list -n acme-cosmos -g rg-data --type connection-strings
{"connectionStrings": [{"connectionString": "AccountEndpoint=https://acme-cosmos.documents.azure.com:443/;AccountKey=${K("azure-cosmos-key", t.azureAccountKey())};", "description": "Primary SQL Connection String"}]}`;
S("azure-conn")`APPLICATIONINSIGHTS_CONNECTION_STRING=InstrumentationKey=${uuid()};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/
EVENTHUB_CONN=Endpoint=sb://acme-eh.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=${K("azure-servicebus-key", b64(32))};EntityPath=clicks`;

// ---- JWTs
S("jwt")`[auth] verify failed: token=${K("jwt", t.jwt({ iss: "https://auth.acme.io/", sub: "user_" + rs(AN, 16), aud: ["orders"], iat: 1773000000, exp: 1773003600, scope: "orders:write" }, "RS256"))} reason=signature`;
S("jwt")`localStorage.setItem("id_token", "${K("jwt", t.jwt({ iss: "https://accounts.google.com", azp: digits(12) + ".apps.googleusercontent.com", email: "k.sato@acme.jp", email_verified: true, exp: 1773090000 }, "RS256"))}");`;
S("jwt")`SUPABASE_SERVICE_ROLE_KEY=${K("supabase-service-role", t.supabaseService(rs(L, 20)))}`;

// ---- shell history / PowerShell
S("shell-history")`$ history | tail -6
  988  kubectl config use-context prod-eu
  989  export CLOUDFLARE_API_TOKEN=${K("cloudflare-api-token", t.cfToken())}
  990  terraform plan -var-file=prod.tfvars
  991  mysql -h 10.20.1.4 -uroot -p'${K("cli-password", t.humanPw())}' shop
  992  history | tail -6`;
S("shell-history")`: 1773123456:0;heroku config:set STRIPE_SECRET_KEY=${K("stripe-restricted", t.rkLive())} -a acme-shop
: 1773123500:0;heroku logs --tail -a acme-shop`;
S("shell-history")`# ~/.zsh_history
: 1773200000:0;vercel env add SENTRY_AUTH_TOKEN production <<< ${K("sentry-org-token", t.sntrys())}
: 1773200031:0;vercel --prod --token ${K("vercel-token", t.vercel())}`;
S("ps1")`$secpass = ConvertTo-SecureString '${K("generic-password", t.humanPw())}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\\svc-sql', $secpass)
Invoke-Command -ComputerName SQL01 -Credential $cred -ScriptBlock { Get-Service MSSQLSERVER }`;
S("ps1")`PS C:\\> $headers = @{ Authorization = "Bearer ${K("github-fine-grained", t.ghFine())}" }
PS C:\\> Invoke-RestMethod -Uri https://api.github.com/orgs/acme/repos -Headers $headers`;
S("bat")`@echo off
set "DO_TOKEN=${K("digitalocean-pat", t.doPat())}"
doctl auth init -t %DO_TOKEN%`;

// ---- chat pastes (Slack / Teams) and support tickets
S("slack")`Marta Ruiz  10:42 AM
ok the new Groq key is ${K("groq-api-key", t.groq())} — pls don't commit it this time :sweat_smile:
Jonas  10:43 AM
:+1: rotated the old one`;
S("slack")`*Lukas B.* [14:03]: Replicate Token für den Staging-Cluster: \`${K("replicate-token", t.replicate())}\`
*Lukas B.* [14:03]: läuft Ende März ab`;
S("teams")`[3/12 9:15 AM] Chen, Wei
Sharing the Twilio creds for the SMS PoC: SID ${OPT(K("twilio-account-sid", t.twilioSid()))} / token ${K("twilio-auth-token", t.twilioAuth())}
[3/12 9:16 AM] Okafor, Ada
thanks!`;
S("teams")`[Yesterday 17:40] Dubois, Claire: le mot de passe du compte de service c'est ${K("generic-password", t.humanPw())} (à changer après la démo)`;
S("slack")`perplexity works for me with ${K("perplexity-key", t.pplx())}, mistral with ${K("mistral-api-key", t.mistral())}`;
S("ticket")`Subject: Webhook not firing
Hi support, our Discord webhook stopped working: ${K("discord-webhook", t.discordHook())} — can you check on your side? Thanks, Amir`;
S("ticket")`From: it-helpdesk@acme.io
Your temporary VPN password is: ${K("generic-password", t.humanPw())}
Please change it at first login.`;

// ---- source in many languages
S("code-go")`func newClient() *github.Client {
	ts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "${K("github-ghs", t.ghs())}"})
	return github.NewClient(oauth2.NewClient(context.Background(), ts))
}`;
S("code-go")`var sgKey = "${K("sendgrid", t.sendgrid())}" // TODO move to env`;
S("code-rust")`let client = async_openai::Client::with_config(OpenAIConfig::new().with_api_key("${K("openai-svcacct", t.openaiSvc())}"));`;
S("code-rust")`const DISCORD_TOKEN: &str = "${K("discord-bot-token", t.discordBot())}";

#[tokio::main]
async fn main() { serenity::Client::builder(DISCORD_TOKEN, GatewayIntents::GUILD_MESSAGES).await.unwrap(); }`;
S("code-java")`BraintreeGateway gateway = new BraintreeGateway(Environment.PRODUCTION, "${rs(LD, 16)}", "${OPT(K("braintree-public-key", rs(LD, 16)))}", "${K("braintree-private-key", t.braintreePrivate())}");`;
S("code-java")`private static final String SLACK_SIGNING_SECRET = "${K("slack-signing-secret", t.slackSigning())}";`;
S("code-cs")`services.AddSingleton(new AmazonS3Client(new BasicAWSCredentials("${K("aws-access-key-id", t.akia())}", "${K("aws-secret-key", t.awsSecret())}"), RegionEndpoint.EUCentral1));`;
S("code-cs")`var twilio = new TwilioRestClient("${OPT(K("twilio-account-sid", t.twilioSid()))}", "${K("twilio-auth-token", t.twilioAuth())}");`;
S("code-php")`$config = [
    'paypal' => [
        'client_id' => '${t.paypalId()}',
        'secret'    => '${K("paypal-client-secret", t.paypalSecret())}',
        'mode'      => 'live',
    ],
];`;
S("code-php")`$client = new \\Postmark\\PostmarkClient("${K("postmark-server-token", uuid())}");`;
S("code-ruby")`Rails.application.configure do
  config.x.square.access_token = "${K("square-access-token", t.squareLegacy())}"
end`;
S("code-ruby")`client = Octokit::Client.new(access_token: '${K("github-ghp", t.ghp())}')`;
S("code-kotlin")`object Keys {
    const val HF_TOKEN = "${K("huggingface-token", t.hf())}"
    const val BASE_URL = "https://api-inference.huggingface.co"
}`;
S("code-kotlin")`val anthropic = AnthropicOkHttpClient.builder().apiKey("${K("anthropic-api", t.anthropic())}").build()`;
S("code-swift")`enum Secrets {
    static let revenueCat = "appl_${rs(AN, 27)}"
    static let openAI = "${K("openai-project", t.openaiProj())}"
}`;
S("code-swift")`var request = URLRequest(url: URL(string: "https://api.cohere.com/v2/chat")!)
request.setValue("Bearer ${K("cohere-api-key", t.cohere())}", forHTTPHeaderField: "Authorization")`;
S("code-scala")`val mongoUri = "mongodb://admin:${K("db-url-password", t.urlPw(14))}@mongo-0.mongo:27017/?authSource=admin"`;
S("code-lua")`local redis_pass = "${K("generic-password", t.randPw(20))}"  -- nginx lua`;
S("code-dart")`final stripe = Stripe('${K("stripe-secret", t.skLiveShort())}'); // TODO server side only!!`;
S("code-elixir")`config :my_app, MyApp.Mailer, adapter: Swoosh.Adapters.Mailgun, api_key: "${K("mailgun-api-key", t.mailgunNew())}", domain: "mg.acme.io"`;

// ---- .env with unusual names / generic assignments
S("env-odd")`# ops/.env.local — do not share
PAYMENTS_K=${K("stripe-secret", t.skLive())}
GH_BOT=${K("github-ghp", t.ghp())}
LLM_PRIMARY=${K("anthropic-api", t.anthropic())}
LLM_FALLBACK=${K("openai-project", t.openaiProj())}`;
S("env-odd")`X_UPSTREAM_AUTH=${K("generic-api-key", rs(AN, 48))}
FEATURE_FLAGS=beta,new-checkout`;
S("env-odd")`ZETA_CRED="${K("generic-password", t.randPw(22))}"
ZETA_USER=svc-zeta`;
S("env-odd")`BLOB_SIG=${K("generic-secret", hex(64))}
BLOB_HOST=files.acme.io`;
S("generic")`api_key = "${K("generic-api-key", rs(AN, 32))}"`;
S("generic")`secret: ${K("generic-secret", rs(B64U, 40))}`;
S("generic")`"client_secret": "${K("generic-secret", rs(AN + "-_.~", 34))}",`;
S("generic")`password=${K("generic-password", t.randPw(14))}`;
S("generic")`auth_token: "${K("generic-api-key", hex(40))}"`;
S("generic")`<entry key="api.secret">${K("generic-secret", rs(AN, 40))}</entry>`;
S("generic")`webhook_secret = '${K("generic-secret", rs(AN, 36))}'`;
S("generic")`PRIVATE_TOKEN: ${K("generic-api-key", rs(AN, 20))}`;

// ---- other languages around secrets
S("de")`# Zugangsdaten für das Staging-System (bitte nicht ins Wiki kopieren!)
# Benutzer: deploy
# Passwort: ${K("generic-password", t.humanPw())}
STAGING_HOST=stg.acme.de`;
S("de")`Hallo Team, anbei der neue API-Schlüssel für DeepL: ${K("deepl-api-key", uuid() + ":fx")} — gültig ab sofort.`;
S("es")`// Clave secreta de producción, NO subir al repositorio
const claveSecreta = "${K("stripe-secret", t.skLive())}";`;
S("es")`Hola, la contraseña de la base de datos es ${K("generic-password", t.humanPw())} y el usuario es admin_ventas.`;
S("fr")`# Jeton d'accès GitLab (expire le 30/06)
export GITLAB_JETON=${K("gitlab-pat", t.glpat())}`;
S("fr")`Bonjour, voici la clé d'API Datadog pour l'agent : ${K("datadog-api-key", t.ddApi())}. Merci de ne pas la partager.`;
S("ja")`# 本番環境のAPIキー（絶対に公開しないこと）
OPENAI_API_KEY=${K("openai-project", t.openaiProj())}`;
S("ja")`お疲れ様です。検証用のSlack Botトークンを共有します：${K("slack-bot-token", t.xoxb())}　よろしくお願いします。`;
S("ja")`// データベースのパスワード
$dbPassword = "${K("generic-password", t.randPw(16))}";`;
S("pt")`Senha do Wi-Fi do escritório novo: ${K("generic-password", t.humanPw())}`;
S("it")`La chiave segreta di Cloudflare è ${K("cloudflare-global-key", t.cfGlobal())}, usala solo per il DNS.`;
S("zh")`# 阿里云访问密钥
ALIYUN_AK=${K("alibaba-ak", t.alibaba())}
ALIYUN_SK=${K("alibaba-secret", t.alibabaSecret())}`;

// ---- more services
S("env")`NEW_RELIC_LICENSE_KEY=${K("newrelic-license-key", t.nrIngest())}
NEW_RELIC_APP_NAME=checkout`;
S("env")`FASTLY_KEY=${K("fastly-token", t.fastly())}
FASTLY_SERVICE_ID=${rs(AN, 22)}`;
N("sentry-dsn")`Sentry.init({ dsn: "${OPT(K("sentry-dsn", t.sentryDsn()))}", environment: "prod" });`;
S("curl")`curl -H "Authorization: Bearer ${K("grafana-sa-token", t.glsa())}" https://acme.grafana.net/api/search`;
S("curl")`curl -H "Authorization: Token ${K("netlify-token", t.netlify())}" https://api.netlify.com/api/v1/sites`;
S("curl")`curl -X POST "https://api.heroku.com/apps/acme-api/dynos" -H "Accept: application/vnd.heroku+json; version=3" -H "Authorization: Bearer ${K("heroku-api-key", t.herokuLegacy())}"`;
S("curl")`curl https://${rs(L, 12)}.cloud.databricks.com/api/2.0/clusters/list -H "Authorization: Bearer ${K("databricks-token", t.databricks())}"`;
S("curl")`curl -H "Authorization: token ${K("github-ghs", t.ghs())}" https://api.github.com/repos/acme/web/actions/runs`;
S("curl")`curl -X POST https://api.sendgrid.com/v3/mail/send -H "Authorization: Bearer ${K("sendgrid", t.sendgrid())}" -d @mail.json`;
S("curl")`curl https://api.replicate.com/v1/predictions -H "Authorization: Bearer ${K("replicate-token", t.replicate())}"`;
S("curl")`curl -X POST https://checkout-live.adyen.com/v71/payments -H "x-API-key: ${K("adyen-api-key", t.adyen())}" -d @p.json`;
S("curl")`curl -X POST "https://api-m.paypal.com/v1/oauth2/token" -u "${t.paypalId()}:${K("paypal-client-secret", t.paypalSecret())}" -d "grant_type=client_credentials"`;
S("curl")`curl -H "Authorization: Bearer ${K("digitalocean-pat", t.doPat())}" "https://api.digitalocean.com/v2/droplets"`;
S("env")`CIRCLE_TOKEN=${K("circleci-pat", t.circlePat())}
TRAVIS_API_TOKEN=${K("travis-token", t.travis())}`;
S("env")`RUBYGEMS_API_KEY=${K("rubygems-key", t.rubygems())}`;
S("env")`SLACK_USER_TOKEN=${K("slack-user-token", t.xoxp())}`;
S("env")`GH_APP_OAUTH=${K("github-gho", t.gho())}`;

// ============================================================ PART B — kinds × context templates
type Ctx = (k: string, v: string, env: string) => void;
const snake = (e: string) => e.toLowerCase();
const kebab = (e: string) => e.toLowerCase().replace(/_/g, "-");
const camel = (e: string) => e.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (e: string) => camel(e).replace(/^./, (c) => c.toUpperCase());
const odd = ["PRIMARY_CRED", "SVC_AUTH_VALUE", "K1", "UPSTREAM_BLOB", "INTEGRATION_X", "PAYLOAD_SIGNER", "LEGACY_THING", "BRIDGE_PASS", "CFG_7", "TEAM_SHARED"];
let oi = 0;
const ctxs: Ctx[] = [
  (k, v, e) => S("ci-gha")`${ts(10, 4, 12)} ##[group]Run make deploy
${ts(10, 4, 12)} env:
${ts(10, 4, 12)}   TARGET: production
${ts(10, 4, 12)}   ${e}: ${K(k, v)}
${ts(10, 4, 12)} ##[endgroup]`,
  (k, v, e) => S("ci-gitlab")`$ printenv | sort
CI_COMMIT_REF_NAME=main
CI_PIPELINE_ID=${digits(9)}
${e}=${K(k, v)}
HOME=/root
Cleaning up project directory and file based variables`,
  (k, v, e) => S("ci-jenkins")`[Pipeline] withEnv
[Pipeline] {
[Pipeline] sh
+ export ${e}=${K(k, v)}
+ ./gradlew publish --no-daemon
> Task :publish FAILED`,
  (k, v, e) => S("docker-inspect")`$ docker inspect web-1 | jq '.[0].Config.Env'
[
  "PATH=/usr/local/bin:/usr/bin:/bin",
  "${e}=${K(k, v)}",
  "TZ=UTC"
]`,
  (k, v, e) => S("docker-compose")`services:
  worker:
    image: acme/worker:1.8.3
    restart: unless-stopped
    environment:
      - QUEUE=default
      - ${e}=${K(k, v)}`,
  (k, v, e) => S("k8s-secret")`apiVersion: v1
kind: Secret
metadata:
  name: ${kebab(e)}
  namespace: apps
type: Opaque
stringData:
  ${kebab(e)}: "${K(k, v)}"`,
  (k, v, e) => S("k8s-secret")`apiVersion: v1
kind: Secret
metadata:
  name: worker-env
data:
  ${e}: ${K("k8s-secret-b64", b64s(v))}
  REGION: ZXUtd2VzdC0x`,
  (k, v, e) => S("helm")`# charts/worker/values.yaml
replicaCount: 2
secrets:
  ${camel(e)}: ${K(k, v)}
resources:
  limits: {cpu: 500m}`,
  (k, v) => S("env-odd")`${odd[oi++ % odd.length]!}=${K(k, v)}
ENABLE_X=1`,
  (k, v, e) => S("code-go")`cfg := Config{
	${pascal(e)}: "${K(k, v)}",
	Timeout:  30 * time.Second,
}`,
  (k, v, e) => S("code-rust")`const ${e}: &str = "${K(k, v)}";`,
  (k, v, e) => S("code-java")`System.setProperty("${snake(e).replace(/_/g, ".")}", "${K(k, v)}");`,
  (k, v, e) => S("code-cs")`Environment.SetEnvironmentVariable("${e}", "${K(k, v)}");`,
  (k, v, e) => S("code-php")`'${snake(e)}' => env('${e}', '${K(k, v)}'),`,
  (k, v, e) => S("code-ruby")`ENV["${e}"] ||= "${K(k, v)}"`,
  (k, v, e) => S("code-kotlin")`private const val ${e} = "${K(k, v)}"`,
  (k, v, e) => S("code-swift")`let ${camel(e)} = "${K(k, v)}"`,
  (k, v, e) => S("ps1")`$env:${e} = '${K(k, v)}'
.\\deploy.ps1 -Environment prod`,
  (k, v, e) => S("shell-history")`  ${String(int(100, 1999))}  cd ~/src/acme
  ${String(int(2000, 2999))}  export ${e}="${K(k, v)}"
  ${String(int(3000, 3999))}  make release`,
  (k, v) => S("slack")`Priya N.  4:12 PM
here you go: ${K(k, v)}
Priya N.  4:12 PM
(will rotate after the demo)`,
  (k, v) => S("teams")`[10:05] Schmidt, Anna: works now with ${K(k, v)} in the config, thx`,
  (k, v, e) => S("jupyter")`{"cell_type": "code", "source": ["%env ${e}=${K(k, v)}\\n", "client = make_client()"], "outputs": []}`,
  (k, v, e) => S("tfstate")`"outputs": {
    "${snake(e)}": {"value": "${K(k, v)}", "type": "string", "sensitive": true}
  },`,
  (k, v, e) => S("postman")`{"key": "${camel(e)}", "value": "${K(k, v)}", "type": "default", "enabled": true}`,
  (k, v, e) => S("ansible")`${snake(e)}: "${K(k, v)}"
deploy_user: ansible`,
  (k, v, e) => S("spring-props")`acme.integration.${kebab(e)}=${K(k, v)}
acme.integration.timeout=5s`,
  (k, v, e) => S("appsettings")`"Integration": {
  "${pascal(e)}": "${K(k, v)}",
  "RetryCount": 3
}`,
  (k, v) => S("de")`// Schlüssel für die Anbindung (TODO: in den Vault verschieben)
const schluessel = "${K(k, v)}";`,
  (k, v) => S("es")`# clave de acceso temporal — borrar antes del viernes
token_acceso: ${K(k, v)}`,
  (k, v) => S("fr")`/* clé utilisée par le connecteur, ne pas committer */
$cle = "${K(k, v)}";`,
  (k, v) => S("ja")`// 認証トークン（テスト用）
token := "${K(k, v)}"`,
  (k, v) => S("error-log")`ERROR 2026-03-14T07:55:21Z request failed: 401 Unauthorized (credential=${K(k, v)}) retrying in 5s`,
];
const T: [string, () => string, string][] = [
  ["aws-access-key-id", t.akia, "AWS_ACCESS_KEY_ID"], ["aws-secret-key", t.awsSecret, "AWS_SECRET_ACCESS_KEY"],
  ["gcp-api-key", t.gcpKey, "GOOGLE_API_KEY"], ["azure-storage-key", t.azureAccountKey, "AZURE_STORAGE_KEY"],
  ["azure-ad-client-secret", t.azureClientSecret, "AZURE_CLIENT_SECRET"], ["digitalocean-pat", t.doPat, "DIGITALOCEAN_TOKEN"],
  ["cloudflare-api-token", t.cfToken, "CLOUDFLARE_API_TOKEN"], ["fastly-token", t.fastly, "FASTLY_API_TOKEN"],
  ["heroku-api-key", t.herokuNew, "HEROKU_API_KEY"], ["vercel-token", t.vercel, "VERCEL_TOKEN"],
  ["netlify-token", t.netlify, "NETLIFY_AUTH_TOKEN"], ["supabase-access-token", t.sbp, "SUPABASE_ACCESS_TOKEN"],
  ["openai-project", t.openaiProj, "OPENAI_API_KEY"], ["anthropic-api", t.anthropic, "ANTHROPIC_API_KEY"],
  ["huggingface-token", t.hf, "HF_TOKEN"], ["cohere-api-key", t.cohere, "COHERE_API_KEY"],
  ["replicate-token", t.replicate, "REPLICATE_API_TOKEN"], ["groq-api-key", t.groq, "GROQ_API_KEY"],
  ["mistral-api-key", t.mistral, "MISTRAL_API_KEY"], ["perplexity-key", t.pplx, "PPLX_API_KEY"],
  ["stripe-secret", t.skLive, "STRIPE_SECRET_KEY"], ["stripe-restricted", t.rkLive, "STRIPE_RESTRICTED_KEY"],
  ["stripe-webhook-secret", t.whsec, "STRIPE_WEBHOOK_SECRET"], ["square-access-token", t.squareAt, "SQUARE_ACCESS_TOKEN"],
  ["paypal-client-secret", t.paypalSecret, "PAYPAL_CLIENT_SECRET"], ["braintree-access-token", t.braintree, "BRAINTREE_ACCESS_TOKEN"],
  ["adyen-api-key", t.adyen, "ADYEN_API_KEY"], ["slack-bot-token", t.xoxb, "SLACK_BOT_TOKEN"],
  ["slack-user-token", t.xoxp, "SLACK_USER_TOKEN"], ["slack-webhook", t.slackHook, "SLACK_WEBHOOK_URL"],
  ["discord-bot-token", t.discordBot, "DISCORD_BOT_TOKEN"], ["discord-webhook", t.discordHook, "DISCORD_WEBHOOK_URL"],
  ["twilio-auth-token", t.twilioAuth, "TWILIO_AUTH_TOKEN"], ["sendgrid", t.sendgrid, "SENDGRID_API_KEY"],
  ["mailgun-api-key", t.mailgunNew, "MAILGUN_API_KEY"], ["postmark-server-token", uuid, "POSTMARK_SERVER_TOKEN"],
  ["github-ghp", t.ghp, "GITHUB_TOKEN"], ["github-gho", t.gho, "GH_OAUTH_TOKEN"], ["github-ghs", t.ghs, "GITHUB_APP_TOKEN"],
  ["github-fine-grained", t.ghFine, "GH_PAT"], ["gitlab-pat", t.glpat, "GITLAB_TOKEN"],
  ["bitbucket-app-password", t.bbAppPw, "BITBUCKET_APP_PASSWORD"], ["circleci-pat", t.circlePat, "CIRCLECI_TOKEN"],
  ["databricks-token", t.databricks, "DATABRICKS_TOKEN"], ["datadog-api-key", t.ddApi, "DD_API_KEY"],
  ["newrelic-user-key", t.nrak, "NEW_RELIC_API_KEY"], ["grafana-sa-token", t.glsa, "GRAFANA_TOKEN"],
  ["npm-token", t.npm, "NPM_TOKEN"], ["pypi-token", t.pypi, "PYPI_API_TOKEN"], ["rubygems-key", t.rubygems, "GEM_HOST_API_KEY"],
  ["nuget-api-key", t.nuget, "NUGET_API_KEY"], ["docker-hub-pat", t.dockerPat, "DOCKERHUB_TOKEN"],
  ["vault-token", t.hvs, "VAULT_TOKEN"], ["jwt", () => t.jwt({ sub: "svc-" + rs(LD, 8), role: "service", iat: 1773000000, exp: 1804536000 }), "SERVICE_JWT"],
  ["generic-password", () => t.randPw(18), "DB_PASSWORD"], ["generic-password", t.humanPw, "ADMIN_PASSWORD"],
  ["generic-secret", () => rs(B64U, 43), "SESSION_SECRET"],
];
let ci = 0;
for (const [k, g, env] of T) for (let j = 0; j < 2; j++) ctxs[(ci++ * 7) % ctxs.length]!(k, g(), env);

// ============================================================ PART C — hard negatives
const neg = (kind: string, text: string) => { N(kind)`${text}`; };
// commit SHAs / checksums / lockfiles
neg("git-log", `commit ${sha()}\nAuthor: Jane Doe <jane@acme.io>\nDate:   Thu Mar 12 10:14:03 2026 +0100\n\n    fix(auth): refresh token rotation (#${int(100, 9999)})`);
neg("git-log", Array.from({ length: 6 }, () => `${hex(7)} ${pick(["fix", "feat", "chore", "docs"])}: ${pick(["bump deps", "tidy logs", "retry on 429", "rename token field", "rotate keys doc"])}`).join("\n"));
neg("github-url", `See https://github.com/acme/web/commit/${sha()} and https://github.com/acme/web/compare/${hex(12)}...${hex(12)}`);
neg("ci-sha", `${ts(8, 1, 1)} HEAD is now at ${hex(7)} Merge pull request #${int(100, 999)} from acme/feat/secrets-scan\n${ts(8, 1, 2)} GITHUB_SHA=${sha()}`);
neg("package-lock", `"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-${b64(64).replace(/=+$/, "")}=="\n}`);
neg("package-lock", `"node_modules/jsonwebtoken": {"version": "9.0.2", "integrity": "sha512-${b64(64)}", "dependencies": {"jws": "^3.2.2"}}`);
neg("yarn-lock", `"@babel/core@^7.24.0":\n  version "7.24.3"\n  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.24.3.tgz#${sha()}"\n  integrity sha512-${b64(64)}`);
neg("cargo-lock", `[[package]]\nname = "ring"\nversion = "0.17.8"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${sha(64)}"`);
neg("cargo-lock", `[[package]]\nname = "jsonwebtoken"\nversion = "9.3.0"\nchecksum = "${sha(64)}"\ndependencies = [\n "base64",\n "ring",\n]`);
neg("go-sum", `golang.org/x/crypto v0.21.0 h1:${b64(32)}\ngolang.org/x/crypto v0.21.0/go.mod h1:${b64(32)}\ngithub.com/golang-jwt/jwt/v5 v5.2.1 h1:${b64(32)}`);
neg("requirements-hash", `cryptography==42.0.5 \\\n    --hash=sha256:${sha(64)} \\\n    --hash=sha256:${sha(64)}`);
neg("poetry-lock", `[[package]]\nname = "pyjwt"\nversion = "2.8.0"\nfiles = [\n    {file = "PyJWT-2.8.0-py3-none-any.whl", hash = "sha256:${sha(64)}"},\n]`);
neg("sha256sum", `${sha(64)}  terraform_1.7.5_linux_amd64.zip\n${sha(64)}  terraform_1.7.5_darwin_arm64.zip`);
neg("docker-digest", `Digest: sha256:${sha(64)}\nStatus: Downloaded newer image for postgres:16.2\ndocker.io/library/postgres:16.2`);
neg("docker-digest", `image: ghcr.io/acme/api@sha256:${sha(64)}`);
neg("terraform-lock", `provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.40.0"\n  hashes = [\n    "h1:${b64(32)}",\n    "zh:${sha(64)}",\n  ]\n}`);
neg("sri", `<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${b64(48)}" crossorigin="anonymous"></script>`);
// UUIDs and IDs
neg("uuid", `Created tenant ${uuid()} with owner ${uuid()} (plan: team)`);
neg("uuid", `{"id": "${uuid()}", "orderId": "${uuid()}", "status": "shipped", "correlationId": "${uuid()}"}`);
neg("request-id", `HTTP/2 500\nx-request-id: ${uuid()}\nx-amzn-requestid: ${uuid()}\nx-amz-cf-id: ${rs(B64U, 56)}==\ncf-ray: ${hex(16)}-FRA`);
neg("trace-id", `traceparent: 00-${hex(32)}-${hex(16)}-01\ntracestate: rojo=${hex(16)}`);
neg("trace-id", `{"level":"error","trace_id":"${hex(32)}","span_id":"${hex(16)}","msg":"upstream timeout","dd.trace_id":"${digits(19)}"}`);
neg("aws-arn", `arn:aws:iam::${digits(12)}:role/service-role/lambda-${rs(LD, 8)}\narn:aws:kms:eu-west-1:${digits(12)}:key/${uuid()}`);
neg("azure-ids", `/subscriptions/${uuid()}/resourceGroups/rg-prod/providers/Microsoft.KeyVault/vaults/kv-acme-prod\ntenantId: ${uuid()}\nclientId: ${uuid()}`);
neg("stripe-ids", `{"id": "pi_3${rs(AN, 23)}", "object": "payment_intent", "customer": "cus_${rs(AN, 14)}", "payment_method": "pm_1${rs(AN, 23)}", "latest_charge": "ch_3${rs(AN, 23)}"}`);
neg("stripe-ids", `Subscription sub_1${rs(AN, 23)} for cus_${rs(AN, 14)} renewed; invoice in_1${rs(AN, 23)}; price price_1${rs(AN, 23)}; product prod_${rs(AN, 14)}`);
neg("stripe-ids", `evt_1${rs(AN, 23)} checkout.session.completed cs_live_${rs(AN, 58)} acct_1${rs(AN, 15)}`);
neg("stripe-client-secret", `{"client_secret_hint": "only the publishable key is in the browser", "setup_intent": "seti_1${rs(AN, 23)}"}`);
neg("stripe-publishable", `const stripe = Stripe('${t.pkLive()}', { locale: 'de' });`);
neg("stripe-publishable", `STRIPE_PUBLISHABLE_KEY=pk_live_${rs(AN, 24)}\nNEXT_PUBLIC_STRIPE_PK=pk_test_${rs(AN, 24)}`);
neg("slack-ids", `channel C0${rs(UD, 9)} thread_ts ${digits(10)}.${digits(6)} user U0${rs(UD, 9)} team T0${rs(UD, 9)} app A0${rs(UD, 9)}`);
neg("github-ids", `{"id": ${digits(9)}, "node_id": "PR_kwDO${rs(B64U, 16)}", "sha": "${sha()}", "run_id": ${digits(10)}}`);
neg("mongo-objectid", `db.orders.find({ _id: ObjectId("${hex(24)}") })\n{ "_id": ObjectId("${hex(24)}"), "total": 42.5 }`);
neg("ulid-ksuid", `job ${rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26)} / ksuid ${rs(AN, 27)} / nanoid ${rs(B64U, 21)}`);
neg("twilio-sid", `Message SM${hex(32)} queued; messaging service MG${hex(32)}`);
N("session-id-log")`INFO  session started sessionId=${OPT(K("session-id", hex(16)))} user=42 ip=10.0.0.12 ua="curl/8.5"`;
neg("openai-ids", `{"id": "chatcmpl-${rs(AN, 29)}", "object": "chat.completion", "model": "gpt-4o-2024-08-06", "system_fingerprint": "fp_${hex(10)}"}`);
neg("anthropic-ids", `{"id": "msg_01${rs(AN, 22)}", "type": "message", "model": "claude-sonnet-4-5", "stop_reason": "end_turn"} request-id: req_011${rs(AN, 21)}`);
// base64 media
neg("base64-image", `<img alt="avatar" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA${b64(360)}">`);
neg("base64-image", `.icon-check{background-image:url(data:image/gif;base64,R0lGODlhEAAQAPcAA${b64(120)})}`);
neg("base64-image", `{"avatar": "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD/${b64(400)}"}`);
neg("base64-font", `@font-face{font-family:"Inter";src:url(data:font/woff2;base64,d09GMgABAAAAA${b64(500)}) format("woff2")}`);
neg("base64-font", `src: url("data:application/font-woff;charset=utf-8;base64,d09GRgABAAAAA${b64(300)}") format("woff");`);
neg("base64-svg", `<img src="data:image/svg+xml;base64,${b64s(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#${hex(6)}" d="M12 2L2 7l10 5 10-5-10-5z"/></svg>`)}">`);
neg("base64-pdf", `{"filename": "invoice-2026-03.pdf", "content_type": "application/pdf", "data": "JVBERi0xLjcKJeLjz9MK${b64(420)}"}`);
neg("jupyter-image", `"outputs": [{"data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA${b64(500)}\\n", "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "output_type": "display_data"}]`);
// public keys / certs
neg("ssh-public", `$ cat ~/.ssh/id_ed25519.pub\n${t.sshPub()}`);
neg("ssh-public", `users:\n  - name: deploy\n    ssh_authorized_keys:\n      - ${t.sshRsaPub()}`);
neg("ssh-known-hosts", `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\ngitlab.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${rs(B64, 107)}=`);
neg("pem-public", `-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${rs(B64, 56)}\n${rs(B64, 28)}==\n-----END PUBLIC KEY-----`);
neg("pem-public", `jwt:\n  publicKey: |\n    ${t.pemPub().replace(/\n/g, "\n    ")}`);
neg("certificate", `$ kubectl get secret api-tls -o jsonpath='{.data.tls\\.crt}' | base64 -d\n${t.cert()}`);
neg("certificate", `{"ca_cert": "${t.cert().replace(/\n/g, "\\n")}", "verify": true}`);
neg("pgp-public", `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZf${rs(B64, 58)}\n${Array.from({ length: 5 }, () => rs(B64, 64)).join("\n")}\n=${rs(B64, 4)}\n-----END PGP PUBLIC KEY BLOCK-----`);
neg("jwks", `{"keys":[{"kty":"RSA","use":"sig","kid":"${hex(40)}","alg":"RS256","n":"${rs(B64U, 342)}","e":"AQAB"}]}`);
neg("jwk-public", `{"kty":"EC","crv":"P-256","x":"${rs(B64U, 43)}","y":"${rs(B64U, 43)}","use":"sig","kid":"pub-1"}`);
neg("age-public", `# public key: age1${rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)}`);
neg("wireguard-public", `[Peer]\nPublicKey = ${b64(32)}\nAllowedIPs = 10.8.0.0/24\nPersistentKeepalive = 25`);
// placeholders / documentation examples
neg("placeholder", `OPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=sk-ant-...\nGROQ_API_KEY=gsk_...`);
neg("placeholder", `export GITHUB_TOKEN=<your-token>\nexport GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx`);
neg("placeholder", `curl -H "Authorization: Bearer YOUR_API_KEY" https://api.acme.io/v1/items`);
neg("placeholder", `stripe.api_key = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"  # replace with your key`);
neg("placeholder", `DB_PASSWORD=changeme\nREDIS_PASSWORD=changeme\n# change these before going to production!`);
neg("placeholder", `password: "<PASSWORD>"\napi_key: "<API_KEY>"\nsecret: "<SECRET>"`);
neg("placeholder", `HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nREPLICATE_API_TOKEN=r8_**********************************`);
neg("placeholder", `AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`);
neg("placeholder", `git clone https://<username>:<personal-access-token>@github.com/org/repo.git`);
neg("placeholder", `postgres://user:password@localhost:5432/mydb`);
neg("placeholder", `mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/?retryWrites=true`);
neg("placeholder", `DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net`);
neg("placeholder", `//registry.npmjs.org/:_authToken=\${NPM_TOKEN}`);
neg("placeholder", `SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX`);
neg("placeholder", `"auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{bearerToken}}", "type": "string"}]}`);
neg("placeholder", `docker login -u <user> -p <password> registry.example.com`);
neg("placeholder", `-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n(paste your key between these lines)`);
neg("placeholder", `api_key: "your-api-key-here"\nsecret_key: "your-secret-key-here"`);
neg("placeholder", `SECRET_KEY=dummy\nJWT_SECRET=test\nAPI_TOKEN=todo`);
neg("placeholder", `Beispiel: PASSWORT=IhrPasswortHier — bitte durch Ihr eigenes Passwort ersetzen.`);
neg("placeholder", `Ejemplo: API_KEY=tu_clave_aqui (sustituye por tu clave real)`);
neg("placeholder", `# 例: API_KEY=あなたのAPIキー を設定してください`);
N("placeholder")`${OPT(K("stripe-test-secret", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"))} is Stripe's public documentation test key.`;
N("jwt-doc-example")`The jwt.io sample token ${OPT(K("jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"))} decodes to {"sub":"1234567890","name":"John Doe"}.`;
{ const ref = rs(L, 20); N("supabase-anon")`const supabase = createClient("https://${ref}.supabase.co", "${OPT(K("supabase-anon-key-public", t.supabaseAnon(ref)))}");`; }
neg("placeholder", `mysql -u root -p  # you'll be prompted for the password`);
neg("placeholder", `DISCORD_TOKEN=your.discord.token\nTELEGRAM_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11`);
neg("placeholder", `password = "********"  # set in vault`);
// env-var / template references
neg("env-ref", `DATABASE_URL=postgres://app:\${DB_PASSWORD}@db:5432/app`);
neg("env-ref", `const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);`);
neg("env-ref", `      - name: Deploy\n        env:\n          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}`);
neg("env-ref", `password: "{{ vault_mysql_root_password }}"\napi_token: "{{ lookup('env', 'API_TOKEN') }}"`);
neg("env-ref", `spring.datasource.password=\${DB_PASSWORD:}\nspring.mail.password=\${SMTP_PASSWORD}`);
neg("env-ref", `api_key = os.environ["COHERE_API_KEY"]\ntoken = os.getenv("HF_TOKEN")`);
neg("env-ref", `let key = std::env::var("ANTHROPIC_API_KEY").expect("set ANTHROPIC_API_KEY");`);
neg("env-ref", `token := os.Getenv("GITHUB_TOKEN")\nif token == "" { log.Fatal("GITHUB_TOKEN missing") }`);
neg("env-ref", `"ConnectionStrings": { "Default": "#{SqlConnectionString}#" },\n"Stripe": { "SecretKey": "$(StripeSecretKey)" }`);
neg("env-ref", `environment:\n  - POSTGRES_PASSWORD_FILE=/run/secrets/pg_password\nsecrets:\n  pg_password:\n    file: ./secrets/pg_password.txt`);
neg("env-ref", `env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: pg-app\n        key: password`);
neg("env-ref", `$password = $env:SQL_PASSWORD\n$cred = Get-Credential -UserName "CORP\\svc-sql" -Message "SQL"`);
neg("env-ref", `variables:\n  DOCKER_AUTH_CONFIG: $DOCKER_AUTH_CONFIG\n  NPM_TOKEN: $CI_JOB_TOKEN`);
neg("env-ref", `password: !Ref DbPassword\nMasterUserPassword: '{{resolve:secretsmanager:prod/db:SecretString:password}}'`);
neg("env-ref", `token = "\${var.cloudflare_api_token}"\npassword = var.db_password`);
neg("env-ref", `ENV["STRIPE_SECRET_KEY"].presence || Rails.application.credentials.dig(:stripe, :secret_key)`);
// secret-manager references
neg("vault-ref", `DB_PASSWORD=vault:secret/data/prod/db#password\nAPI_KEY=vault:secret/data/prod/api#key`);
neg("vault-ref", `"valueFrom": "arn:aws:secretsmanager:eu-west-1:${digits(12)}:secret:prod/payments/stripe-${rs(AN, 6)}"`);
neg("vault-ref", `password: ref+awsssm://prod/db/password\ntoken: ref+gcpsecrets://acme-prod/slack-token`);
neg("vault-ref", `@Microsoft.KeyVault(SecretUri=https://kv-acme.vault.azure.net/secrets/SqlPassword/${hex(32)})`);
neg("vault-ref", `OP_DB_PASSWORD="op://Production/Postgres/password"`);
neg("vault-ref", `apiKey: projects/${digits(12)}/secrets/openai-api-key/versions/latest`);
neg("vault-ref", `vault kv put secret/payments stripe_key=@stripe.txt\nvault read -field=password database/creds/readonly`);
// policy text / prose
neg("policy", `Password policy: minimum 14 characters, at least one uppercase letter, one digit and one symbol; passwords expire every 90 days and the last 12 cannot be reused.`);
neg("policy", `Rotate API keys every 90 days. Never paste tokens into Slack; use the secrets manager and share the reference (e.g. vault path) instead.`);
neg("policy", `Die Passwortrichtlinie verlangt mindestens 12 Zeichen, Groß- und Kleinbuchstaben sowie Sonderzeichen.`);
neg("policy", `La política de contraseñas exige 12 caracteres como mínimo y cambio cada 6 meses.`);
neg("policy", `パスワードは12文字以上で、英大文字・小文字・数字・記号を含めてください。`);
neg("prose", `I rotated the GitHub token yesterday and updated the secret in the repo settings; the old one is revoked.`);
neg("prose", `The API key goes in the X-Api-Key header, and the secret is only used to sign webhooks.`);
neg("prose", `Le jeton d'accès expire après une heure ; utilisez le refresh token pour en obtenir un nouveau.`);
// redacted
neg("redacted", `${ts(9, 1, 1)}   NODE_AUTH_TOKEN: ***\n${ts(9, 1, 1)}   AWS_SECRET_ACCESS_KEY: ***`);
neg("redacted", `Authorization: Bearer [REDACTED]\nCookie: sessionid=[REDACTED]; csrftoken=[REDACTED]`);
neg("redacted", `STRIPE_SECRET_KEY=sk_live_...${rs(AN, 4)} (last four)\nGITHUB_TOKEN=ghp_****************************`);
neg("redacted", `postgres://app:****@db.acme.internal:5432/app`);
neg("redacted", `"password": "<redacted>", "api_key": "<redacted>", "token": "••••••••"`);
neg("redacted", `CI_JOB_TOKEN=[MASKED]\nCI_REGISTRY_PASSWORD=[MASKED]`);
neg("redacted", `{"name": "Authorization", "value": "Bearer <REDACTED>"}, {"name": "Cookie", "value": "<REDACTED>"}`);
// minified JS / CSS / misc random-looking
neg("minified", `!function(t,e){"object"==typeof exports?module.exports=e():t.nanoid=e()}(this,function(){var t="useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict";return function(e){for(var n="",r=e|0||21;r--;)n+=t[64*Math.random()|0];return n}});`);
neg("minified", `var a="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";function b(c){for(var d="",e=0;e<c.length;e+=3)d+=a[c.charCodeAt(e)>>2];return d}`);
neg("minified", `webpackJsonp([${int(1, 99)}],{"${hex(4)}":function(e,t,n){"use strict";n.d(t,"a",function(){return r});var r="${hex(20)}"}});`);
neg("hex-color", `:root{--primary:#${hex(6)};--accent:#${hex(6)};--bg:#${hex(6)};--fg:#${hex(8)}}`);
neg("hex-color", `palette = ["#${hex(6)}", "#${hex(6)}", "#${hex(6)}", "#${hex(6)}", "#${hex(6)}"]`);
neg("cache-bust", `<link rel="stylesheet" href="/static/css/main.${hex(8)}.css?v=${hex(20)}">\n<script src="/static/js/app.${hex(8)}.chunk.js"></script>`);
neg("cache-bust", `https://cdn.acme.io/assets/logo.svg?h=${hex(32)}&v=${digits(10)}`);
neg("cache-bust", `<script src="/_next/static/chunks/pages/_app-${hex(16)}.js" defer></script>\n<script src="/_next/static/${rs(B64U, 21)}/_buildManifest.js" defer></script>`);
neg("s3-etag", `{"Key": "backups/2026-03-11.tar.gz", "ETag": "\\"${hex(32)}-${int(2, 40)}\\"", "Size": ${digits(9)}, "StorageClass": "STANDARD"}`);
neg("webhook-sig", `X-Hub-Signature-256: sha256=${hex(64)}\nX-GitHub-Delivery: ${uuid()}\nX-GitHub-Hook-ID: ${digits(9)}`);
neg("webhook-sig", `X-Slack-Signature: v0=${hex(64)}\nX-Slack-Request-Timestamp: ${1773000000 + int(0, 99999)}`);
neg("aws-sigv4", `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20260312T101112Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${hex(64)}`);
N("csrf")`<input type="hidden" name="csrfmiddlewaretoken" value="${OPT(K("csrf-token", rs(AN, 64)))}">`;
neg("sourcemap", `//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbIi4uL3NyYy9pbmRleC50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoi${rs(B64, 120)}`);
neg("sha-prose", `The release artefact's SHA-1 is ${sha()} and its SHA-256 is ${sha(64)}.`);
neg("tx-hash", `tx 0x${hex(64)} in block ${digits(8)}, gas used ${digits(6)}`);
// contexts that look like positives but hold no secret
neg("gha-log-clean", `${ts(9, 30, 1)} ##[group]Run actions/setup-node@v4\n${ts(9, 30, 1)} with:\n${ts(9, 30, 1)}   node-version: 20\n${ts(9, 30, 1)}   cache: npm\n${ts(9, 30, 1)}   always-auth: false\n${ts(9, 30, 1)} ##[endgroup]`);
neg("docker-inspect-clean", `"Env": [\n  "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",\n  "GOSU_VERSION=1.17",\n  "PG_MAJOR=16",\n  "PG_SHA256=${sha(64)}",\n  "PGDATA=/var/lib/postgresql/data"\n]`);
neg("compose-clean", `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_DB: app\n      POSTGRES_HOST_AUTH_METHOD: scram-sha-256\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password`);
neg("k8s-configmap", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api-config\ndata:\n  LOG_LEVEL: info\n  TOKEN_TTL: 15m\n  PASSWORD_MIN_LENGTH: "14"\n  API_BASE_URL: https://api.acme.io`);
neg("k8s-sa-token-desc", `Name:         build-robot-token\nType:  kubernetes.io/service-account-token\nData\n====\nca.crt:     1099 bytes\nnamespace:  7 bytes\ntoken:      1024 bytes`);
neg("tfstate-clean", `{"type": "aws_s3_bucket", "name": "logs", "instances": [{"attributes": {"arn": "arn:aws:s3:::acme-logs-${digits(12)}", "bucket": "acme-logs-${digits(12)}", "id": "acme-logs", "versioning": [{"enabled": true}]}}]}`);
neg("tfstate-clean", `{"version": 4, "serial": ${int(10, 400)}, "lineage": "${uuid()}", "outputs": {"db_password": {"value": null, "sensitive": true}}}`);
neg("har-clean", `{"name": "Accept-Encoding", "value": "gzip, deflate, br"}, {"name": "If-None-Match", "value": "W/\\"${hex(27)}\\""}, {"name": "x-client-version", "value": "web-${hex(7)}"}`);
neg("cookie-clean", `Cookie: _ga=GA1.2.${digits(9)}.${digits(10)}; _gid=GA1.2.${digits(9)}.${digits(10)}; theme=dark; lang=en-GB; consent=analytics%3Dfalse`);
neg("postman-clean", `{"info": {"_postman_id": "${uuid()}", "name": "Public API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "variable": [{"key": "baseUrl", "value": "https://api.acme.io"}]}`);
neg("jupyter-clean", `{"cell_type": "code", "execution_count": 7, "metadata": {"id": "${rs(AN, 12)}"}, "source": ["df = pd.read_parquet('s3://acme-lake/orders/')\\n", "df.head()"]}`);
neg("appsettings-clean", `{"Logging": {"LogLevel": {"Default": "Warning"}}, "AllowedHosts": "*", "Jwt": {"Issuer": "https://auth.acme.io", "Audience": "orders", "ExpiryMinutes": 15}}`);
neg("spring-clean", `spring.datasource.url=jdbc:postgresql://pg:5432/app\nspring.datasource.username=app\nspring.datasource.hikari.maximum-pool-size=10\nserver.ssl.key-store-type=PKCS12`);
neg("git-remote-clean", `$ git remote -v\norigin  git@github.com:acme/web.git (fetch)\norigin  git@github.com:acme/web.git (push)`);
neg("git-remote-clean", `origin  https://github.com/acme/web.git (fetch)\nupstream  https://jdoe@bitbucket.org/acme/web.git (push)`);
neg("npmrc-clean", `registry=https://registry.npmjs.org/\nsave-exact=true\nengine-strict=true\n@acme:registry=https://npm.pkg.github.com/`);
neg("docker-config-clean", `{"auths": {"https://index.docker.io/v1/": {}, "ghcr.io": {}}, "credsStore": "desktop", "currentContext": "desktop-linux"}`);
neg("pip-conf-clean", `[global]\nindex-url = https://pypi.org/simple\nextra-index-url = https://download.pytorch.org/whl/cu121\ntimeout = 60`);
neg("jdbc-clean", `jdbc:postgresql://pg-ha:5432/claims?ssl=true&sslmode=verify-full&ApplicationName=claims-api`);
neg("shell-history-clean", `  501  git pull --rebase\n  502  npm ci\n  503  npm test -- --coverage\n  504  docker compose up -d`);
neg("stacktrace-clean", `Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\n  errno: -111,\n  code: 'ECONNREFUSED',\n  syscall: 'connect'\n}`);
neg("stacktrace-clean", `java.sql.SQLException: Access denied for user 'app'@'10.0.0.4' (using password: YES)\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)`);
neg("slack-clean", `Marta  10:42 AM\nthe key is in 1Password under "Groq prod", vault Engineering — ping me if you can't see it`);
neg("ansible-clean", `mysql_root_password: "{{ vault_mysql_root_password }}"\nntp_servers: [0.pool.ntp.org]\nssh_port: 22`);
neg("helm-clean", `postgresql:\n  auth:\n    existingSecret: pg-credentials\n    secretKeys:\n      adminPasswordKey: postgres-password`);
neg("code-clean", `func (c *Client) SetToken(token string) { c.token = token }\nfunc (c *Client) Password() string { return c.cfg.Password }`);
neg("code-clean", `public String getApiKey() { return apiKey; }\npublic void setApiKey(String apiKey) { this.apiKey = apiKey; }`);
neg("code-clean", `const PASSWORD_MIN = 12;\nconst TOKEN_HEADER = "X-Api-Key";\nconst SECRET_NAME = "prod/payments/stripe";`);
neg("code-clean", `if let token = KeychainHelper.read(service: "api", account: "default") { client.token = token }`);
neg("code-clean", `$apiKey = getenv('MAILGUN_API_KEY');\n$password = password_hash($input, PASSWORD_ARGON2ID);`);
neg("sentry-public", `<script src="https://js.sentry-cdn.com/${hex(32)}.min.js" crossorigin="anonymous"></script>`);
neg("firebase-web", `const firebaseConfig = { authDomain: "acme-app.firebaseapp.com", projectId: "acme-app", storageBucket: "acme-app.appspot.com", messagingSenderId: "${digits(12)}", appId: "1:${digits(12)}:web:${hex(22)}", measurementId: "G-${rs(UD, 10)}" };`);
neg("short-words", `secret: false\ntoken: null\npassword: ""\napi_key: none\nkey: value`);

void OPT; void D; void U; void HEX; void B64; void int;
