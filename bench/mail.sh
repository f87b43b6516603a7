#!/usr/bin/env bash
# bench/mail.sh: POP3 and IMAP4 throughput of pshd beside Dovecot, on
# loopback high ports, with the same users (bench1..benchN, bcrypt cost 10
# passwords) and the same messages. Not run in CI (it takes a minute or two);
# run it by hand: bash bench/mail.sh [users] [messages]
# Needs dovecot-imapd and dovecot-pop3d (apt-get install dovecot-imapd
# dovecot-pop3d; their dovecot and dovenull users); the system Dovecot service
# is not touched. Run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
USERS=${1:-50}
MESSAGES=${2:-100}
PW='B3nch!pw'
T=$(mktemp -d /tmp/mailbench.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$T"; }
trap cleanup EXIT

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
mkdir -p "$T/bin" "$T/data"
go build -o "$T/bin/" ./cmd/psh ./cmd/pshd ./bench/mailbench

# pshd: an empty directory with the bench users, clear-text logins allowed
# (as Dovecot below), then the messages delivered over SMTP.
P_POP=$(port); P_IMAP=$(port); P_SMTP=$(port)
echo "{\"SmtpBindings\": [\"127.0.0.1:$P_SMTP\"]}" > "$T/pshd.json"
"$T/bin/psh" -NoProfile -NoDemo -Directory "$T/data/directory.db" -Command "
New-DemoOrganization -Users 0 -Confirm:\$false
1..$USERS | ForEach-Object { New-Mailbox -Name \"Bench \$_\" -Alias \"bench\$_\" -UserPrincipalName \"bench\$_@contoso.com\" -Password '$PW' } | Out-Null
Set-PopSettings -LoginType PlainTextLogin -UnencryptedOrTLSBindings 127.0.0.1:$P_POP -SSLBindings @() -MaxConnectionsPerUser 0 -WarningAction SilentlyContinue
Set-ImapSettings -LoginType PlainTextLogin -UnencryptedOrTLSBindings 127.0.0.1:$P_IMAP -SSLBindings @() -MaxConnectionsPerUser 0 -WarningAction SilentlyContinue"
"$T/bin/pshd" -Directory "$T/data/directory.db" -Config "$T/pshd.json" 2> "$T/pshd.log" &
pids+=($!); PSHD=$!
until grep -q "pshd ready" "$T/pshd.log"; do kill -0 "$PSHD" || { cat "$T/pshd.log"; exit 1; }; sleep 0.1; done
"$T/bin/mailbench" -deliver "127.0.0.1:$P_SMTP" -users "$USERS" -messages "$MESSAGES"

# Dovecot: its own configuration in $T, passwd-file with the same bcrypt
# cost, Maildirs with the same messages.
D_POP=$(port); D_IMAP=$(port)
"$T/bin/mailbench" -prepare-dovecot "$T/dovecot" -users "$USERS" -messages "$MESSAGES" -password "$PW"
mkdir -p "$T/dovecot/run" "$T/dovecot/state"
# Dovecot's login and mail processes run as its own users, never as root.
chmod 755 "$T" "$T/dovecot"; chmod 644 "$T/dovecot/passwd"; chown -R dovecot:dovecot "$T/dovecot/mail"
cat > "$T/dovecot/dovecot.conf" <<CONF
base_dir = $T/dovecot/run
state_dir = $T/dovecot/state
log_path = $T/dovecot/dovecot.log
protocols = pop3 imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain
default_internal_user = dovecot
default_internal_group = dovecot
default_login_user = dovenull
first_valid_uid = 0
mail_location = maildir:$T/dovecot/mail/%u
passdb {
  driver = passwd-file
  args = scheme=BLF-CRYPT $T/dovecot/passwd
}
userdb {
  driver = static
  args = uid=dovecot gid=dovecot home=$T/dovecot/home/%u
}
service imap-login {
  inet_listener imap {
    port = $D_IMAP
  }
  inet_listener imaps {
    port = 0
  }
}
service pop3-login {
  inet_listener pop3 {
    port = $D_POP
  }
  inet_listener pop3s {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
service pop3-login {
  chroot =
}
CONF
dovecot -F -c "$T/dovecot/dovecot.conf" &
pids+=($!); DOVECOT=$!
until python3 -c "import socket; socket.create_connection(('127.0.0.1', $D_IMAP)).close()" 2>/dev/null; do sleep 0.1; done

"$T/bin/mailbench" -label pshd -pop "127.0.0.1:$P_POP" -imap "127.0.0.1:$P_IMAP" -pid "$PSHD" -users "$USERS" -messages "$MESSAGES" -password "$PW"
"$T/bin/mailbench" -label dovecot -pop "127.0.0.1:$D_POP" -imap "127.0.0.1:$D_IMAP" -pid "$DOVECOT" -users "$USERS" -messages "$MESSAGES" -password "$PW"
