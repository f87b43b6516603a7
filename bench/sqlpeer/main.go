// Command sqlpeer does the work of the Exchange bench workloads directly on
// the directory's SQLite file with modernc.org/sqlite, the peer psh's own
// figures are compared with (issue 14):
//
//	sqlpeer -db d.db count     # SELECT every column of every mailbox, count the rows
//	sqlpeer -db d.db csv       # SELECT name, primary address of every mailbox, write CSV to stdout
//	sqlpeer -db d.db disable   # the task's bulk POP3/IMAP4 disable as one UPDATE
//	sqlpeer -db d.db enable    # and turning them back on
//
// It prints the row count (or writes the CSV) and nothing else.
package main

import (
	"database/sql"
	"encoding/csv"
	"flag"
	"fmt"
	"os"

	_ "modernc.org/sqlite"
)

func main() {
	db := flag.String("db", os.Getenv("PSH_DIRECTORY"), "the directory file")
	flag.Parse()
	if err := run(*db, flag.Arg(0)); err != nil {
		fmt.Fprintln(os.Stderr, "sqlpeer:", err)
		os.Exit(1)
	}
}

func run(path, what string) error {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=mmap_size(1073741824)&_pragma=cache_size(-32768)&_txlock=immediate")
	if err != nil {
		return err
	}
	defer db.Close()
	switch what {
	case "count":
		return count(db)
	case "csv":
		return names(db)
	case "disable":
		return update(db, `UPDATE recipients SET pop_enabled = 0, imap_enabled = 0, version = version + 1
			WHERE recipient_type = 'UserMailbox' AND department LIKE 'Engineering%' AND state_or_province = 'WA'`)
	case "enable":
		return update(db, `UPDATE recipients SET pop_enabled = 1, imap_enabled = 1, version = version + 1
			WHERE recipient_type = 'UserMailbox' AND pop_enabled = 0`)
	}
	return fmt.Errorf("unknown workload %q (count, csv, disable, enable)", what)
}

// count reads every column of every mailbox, as a program that wanted the
// rows would.
func count(db *sql.DB) error {
	rows, err := db.Query("SELECT * FROM recipients WHERE recipient_type = 'UserMailbox'")
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	vals := make([]any, len(cols))
	dest := make([]any, len(cols))
	for i := range vals {
		dest[i] = &vals[i]
	}
	n := 0
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		n++
	}
	if err := rows.Err(); err != nil {
		return err
	}
	fmt.Println(n)
	return nil
}

func names(db *sql.DB) error {
	rows, err := db.Query("SELECT name, primary_smtp_address FROM recipients WHERE recipient_type = 'UserMailbox' ORDER BY id")
	if err != nil {
		return err
	}
	defer rows.Close()
	w := csv.NewWriter(os.Stdout)
	if err := w.Write([]string{"Name", "PrimarySmtpAddress"}); err != nil {
		return err
	}
	for rows.Next() {
		var name, addr string
		if err := rows.Scan(&name, &addr); err != nil {
			return err
		}
		if err := w.Write([]string{name, addr}); err != nil {
			return err
		}
	}
	w.Flush()
	if err := rows.Err(); err != nil {
		return err
	}
	return w.Error()
}

func update(db *sql.DB, stmt string) error {
	res, err := db.Exec(stmt)
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	fmt.Println(n)
	return nil
}
