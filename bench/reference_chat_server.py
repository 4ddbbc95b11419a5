"""A chat server the way the learners' notes build one: a thread per client and a lock around the
client list. The baseline for bench/chat.bench.mjs. Usage: python3 reference_chat_server.py [port]
Prints the port it listens on, then serves until killed."""
import socket
import sys
import threading

HOST = "127.0.0.1"
PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 0

clients = []
lock = threading.Lock()


def broadcast(data, sender):
    with lock:
        for conn in clients:
            if conn is not sender:
                try:
                    conn.sendall(data)
                except OSError:
                    pass


def handle(conn, addr):
    with lock:
        clients.append(conn)
    conn.sendall(f"* Welcome, you are {addr}\n".encode())
    reader = conn.makefile("rb")
    try:
        for line in reader:
            broadcast(f"[{addr[1]}] ".encode() + line, conn)
    except OSError:
        pass
    finally:
        with lock:
            clients.remove(conn)
        conn.close()


server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind((HOST, PORT))
server.listen()
print(server.getsockname()[1], flush=True)
while True:
    conn, addr = server.accept()
    threading.Thread(target=handle, args=(conn, addr), daemon=True).start()
