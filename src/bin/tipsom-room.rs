//! The room server: serves the built app (`dist/`) from a trainer's laptop to the phones of a room
//! with no internet, with the same headers as any host the README describes.
//!
//! `tipsom-room [--lan] [--port N] [--dist DIR]`: loopback only unless `--lan` is given; then it
//! prints the addresses the phones can reach, with a QR code of the first. Files are served
//! read-only, and nothing outside `dist/`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(room::run(std::env::args().skip(1).collect()));
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod room {
    use std::net::{IpAddr, Ipv4Addr};
    use std::path::PathBuf;
    use tiny_http::{Header, Method, Response, Server, StatusCode};
    use tipsom::room::{cache_control, content_type, is_room_address, resolve, security_headers, terminal_qr};

    struct Options {
        lan: bool,
        port: u16,
        dist: PathBuf,
    }

    fn options(args: Vec<String>) -> Result<Options, String> {
        let mut options = Options {
            lan: false,
            port: 8080,
            dist: PathBuf::from("dist"),
        };
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--lan" => options.lan = true,
                "--port" => {
                    let value = args.next().ok_or("--port needs a number")?;
                    options.port = value
                        .parse()
                        .map_err(|_| format!("--port needs a number from 0 to 65535, not `{value}`"))?;
                }
                "--dist" => options.dist = PathBuf::from(args.next().ok_or("--dist needs a folder")?),
                "--help" | "-h" => return Err(String::new()),
                other => return Err(format!("unknown option `{other}`")),
            }
        }
        Ok(options)
    }

    const USAGE: &str = "usage: tipsom-room [--lan] [--port N] [--dist DIR]\n  --lan   serve the phones of the room too (without it, only this computer)\n  --port  the port (8080; 0 picks a free one)\n  --dist  the built app (dist)";

    fn header(name: &str, value: &str) -> Option<Header> {
        Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
    }

    pub fn run(args: Vec<String>) -> i32 {
        let options = match options(args) {
            Ok(o) => o,
            Err(e) => {
                if !e.is_empty() {
                    eprintln!("tipsom-room: {e}");
                }
                eprintln!("{USAGE}");
                return 2;
            }
        };
        if !options.dist.join("index.html").is_file() {
            eprintln!(
                "tipsom-room: no built app in `{}`: run `make build` first",
                options.dist.display()
            );
            return 1;
        }
        let headers_file = std::fs::read_to_string(options.dist.join("_headers")).unwrap_or_default();
        let security: Vec<Header> = security_headers(&headers_file)
            .iter()
            .filter_map(|(n, v)| header(n, v))
            .collect();
        let bind = if options.lan {
            IpAddr::V4(Ipv4Addr::UNSPECIFIED)
        } else {
            IpAddr::V4(Ipv4Addr::LOCALHOST)
        };
        let server = match Server::http((bind, options.port)) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("tipsom-room: cannot listen on port {}: {e}", options.port);
                return 1;
            }
        };
        let port = server.server_addr().to_ip().map_or(options.port, |a| a.port());
        // The first line says where it listens, for people and for the tests that start it.
        println!(
            "tipsom-room: serving {} on http://127.0.0.1:{port}/",
            options.dist.display()
        );
        if options.lan {
            announce(port);
        } else {
            println!("Only this computer can open it. To serve the phones of the room, run it with --lan.");
        }
        println!("Stop it with Ctrl+C.");
        // A room of 25 phones, each with the service worker fetching the offline copy in the
        // background: sixteen threads answer at once, so a page's own requests never wait behind
        // another phone's download.
        let server = std::sync::Arc::new(server);
        let security = std::sync::Arc::new(security);
        let dist = std::sync::Arc::new(options.dist);
        let workers: Vec<_> = (0..16)
            .map(|_| {
                let (server, security, dist) = (server.clone(), security.clone(), dist.clone());
                std::thread::spawn(move || {
                    for request in server.incoming_requests() {
                        answer(request, &dist, &security);
                    }
                })
            })
            .collect();
        for worker in workers {
            let _ = worker.join();
        }
        0
    }

    /// Answers one request: the file it names under `dist`, or 404.
    fn answer(request: tiny_http::Request, dist: &std::path::Path, security: &[Header]) {
        let method = request.method().clone();
        let file = match method {
            Method::Get | Method::Head => resolve(dist, request.url()),
            _ => None,
        };
        let response = match file.and_then(|f| std::fs::read(&f).ok().map(|body| (f, body))) {
            Some((file, body)) => {
                let mut response = Response::from_data(body);
                for h in [
                    header("Content-Type", content_type(&file)),
                    header("Cache-Control", cache_control(&file)),
                ]
                .into_iter()
                .flatten()
                .chain(security.iter().cloned())
                {
                    response.add_header(h);
                }
                response
            }
            None => {
                let mut response = Response::from_string("Not found").with_status_code(StatusCode(404));
                for h in header("Content-Type", "text/plain; charset=utf-8")
                    .into_iter()
                    .chain(security.iter().cloned())
                {
                    response.add_header(h);
                }
                response
            }
        };
        // A phone that leaves mid-answer is no error of the server's.
        let _ = request.respond(response);
    }

    /// Prints the addresses the phones of the room can reach, and a QR code of the first.
    fn announce(port: u16) {
        let mut addresses: Vec<IpAddr> = if_addrs::get_if_addrs()
            .unwrap_or_default()
            .into_iter()
            .map(|i| i.ip())
            .filter(|ip| is_room_address(*ip))
            .collect();
        addresses.sort();
        addresses.dedup();
        if addresses.is_empty() {
            println!("No network found: open a hotspot on this computer or join the room's Wi-Fi, then start again.");
            return;
        }
        println!("Phones on the same Wi-Fi or hotspot open:");
        for ip in &addresses {
            println!("  http://{ip}:{port}/");
        }
        if let Some(qr) = terminal_qr(&format!("http://{}:{port}/", addresses[0])) {
            println!("{qr}");
        }
    }
}
