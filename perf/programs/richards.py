"""Richards-like operating-system simulation.

Six tasks of four kinds pass packets to each other through a priority scheduler:
an idle task wakes the devices, a worker fills work packets, two handlers move the
work byte by byte into device packets, and two devices hold a packet until woken.
Exercises classes, inheritance, attribute access and virtual method calls.
"""

WORK = 0
DEVICE = 1

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)

IDLE_STEPS = 20000
ROUNDS = 12


class Packet:
    def __init__(self, kind, owner):
        self.kind = kind
        self.owner = owner
        self.target = 0
        self.index = 0
        self.data = [0, 0, 0, 0]


class Task:
    def __init__(self, system, ident, priority):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.inbox = []
        self.blocked = False
        self.held = False

    def runnable(self):
        return not self.held and (not self.blocked or len(self.inbox) > 0)

    def step(self):
        packet = self.inbox.pop(0) if self.inbox else None
        self.blocked = False
        self.run(packet)

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, system, ident, priority, steps):
        Task.__init__(self, system, ident, priority)
        self.remaining = steps
        self.seed = 1

    def run(self, packet):
        self.remaining -= 1
        if self.remaining == 0:
            self.system.hold(self)
            return
        # A 16-bit LFSR decides which device to wake.
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            self.system.release(DEVICE_B)
        else:
            self.seed >>= 1
            self.system.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, system, ident, priority):
        Task.__init__(self, system, ident, priority)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            self.system.wait(self)
            return
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.target = self.destination
        packet.index = 0
        data = packet.data
        for i in range(len(data)):
            self.letter = self.letter + 1 if self.letter < 26 else 1
            data[i] = self.letter
        self.system.send(packet, self.destination, self)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, device):
        Task.__init__(self, system, ident, priority)
        self.device = device
        self.work = []
        self.devices = []

    def run(self, packet):
        if packet is not None:
            if packet.kind == WORK:
                self.work.append(packet)
            else:
                self.devices.append(packet)
        if not self.work:
            self.system.wait(self)
            return
        work = self.work[0]
        if work.index >= len(work.data):
            self.work.pop(0)
            self.system.send(work, WORKER, self)
            return
        if not self.devices:
            self.system.wait(self)
            return
        dev = self.devices.pop(0)
        dev.index = work.data[work.index]
        work.index += 1
        self.system.send(dev, self.device, self)


class DeviceTask(Task):
    def __init__(self, system, ident, priority):
        Task.__init__(self, system, ident, priority)
        self.pending = None
        self.output = 0

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                self.system.wait(self)
                return
            done = self.pending
            self.pending = None
            self.system.send(done, done.owner, self)
        else:
            self.pending = packet
            self.output = (self.output * 31 + packet.index) % 1000003
            self.system.hold(self)


class System:
    def __init__(self):
        self.tasks = [None] * 6
        self.sends = 0
        self.holds = 0
        self.steps = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def send(self, packet, ident, sender):
        self.sends += 1
        if packet.kind == WORK:
            packet.owner = sender.ident
        self.tasks[ident].inbox.append(packet)

    def wait(self, task):
        task.blocked = True

    def hold(self, task):
        self.holds += 1
        task.held = True

    def release(self, ident):
        self.tasks[ident].held = False

    def schedule(self):
        order = sorted(self.tasks, key=lambda t: t.priority, reverse=True)
        while True:
            for task in order:
                if task.runnable():
                    break
            else:
                return
            self.steps += 1
            task.step()


def simulate():
    system = System()
    system.add(IdleTask(system, IDLE, 0, IDLE_STEPS))
    worker = WorkerTask(system, WORKER, 1000)
    system.add(worker)
    for _ in range(2):
        worker.inbox.append(Packet(WORK, WORKER))
    for ident, priority, device in ((HANDLER_A, 2000, DEVICE_A), (HANDLER_B, 3000, DEVICE_B)):
        handler = HandlerTask(system, ident, priority, device)
        system.add(handler)
        for _ in range(3):
            handler.inbox.append(Packet(DEVICE, ident))
    system.add(DeviceTask(system, DEVICE_A, 4000))
    system.add(DeviceTask(system, DEVICE_B, 5000))
    system.schedule()
    outputs = [system.tasks[d].output for d in (DEVICE_A, DEVICE_B)]
    return system.steps, system.sends, system.holds, outputs


def main():
    result = None
    for _ in range(ROUNDS):
        result = simulate()
    steps, sends, holds, outputs = result
    print("steps", steps, "sends", sends, "holds", holds, "outputs", outputs[0], outputs[1])


main()
