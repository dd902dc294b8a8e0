package org.dostap.bench.web;

import com.sun.tools.attach.VirtualMachine;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap of another JVM on this machine, over JMX through the attach API (its local management agent): the largest
 * heap in use sampled every 500 ms, and at the end the sum of the heap pools' peaks (an upper bound: pools peak at
 * different times) and the heap used after a full GC.
 */
final class HeapWatch implements AutoCloseable {
    private final JMXConnector connector;
    private final MBeanServerConnection mbeans;
    private final AtomicLong maxSampled = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapWatch(JMXConnector connector) throws Exception {
        this.connector = connector;
        this.mbeans = connector.getMBeanServerConnection();
        this.sampler = new Thread(() -> {
            while (running) {
                try {
                    maxSampled.accumulateAndGet(heapUsed(), Math::max);
                } catch (Exception e) {
                    // the server may be busy or gone: skip this sample
                }
                HostileLoadBench.sleep(500);
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    static HeapWatch attach(long pid) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        try {
            String url = vm.startLocalManagementAgent();
            return new HeapWatch(JMXConnectorFactory.connect(new JMXServiceURL(url)));
        } finally {
            vm.detach();
        }
    }

    private long heapUsed() throws Exception {
        CompositeData d = (CompositeData) mbeans.getAttribute(new ObjectName("java.lang:type=Memory"), "HeapMemoryUsage");
        return MemoryUsage.from(d).getUsed();
    }

    /** Figures in MB: sampled maximum, sum of pool peaks, committed maximum, used after a full GC now. */
    Map<String, Object> figures() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("max_used_sampled_500ms", maxSampled.get() >> 20);
        try {
            long peaks = 0;
            for (ObjectName pool : mbeans.queryNames(new ObjectName("java.lang:type=MemoryPool,*"), null)) {
                if (!"HEAP".equals(String.valueOf(mbeans.getAttribute(pool, "Type")))) continue;
                peaks += MemoryUsage.from((CompositeData) mbeans.getAttribute(pool, "PeakUsage")).getUsed();
            }
            m.put("sum_of_pool_peaks", peaks >> 20);
            CompositeData d = (CompositeData) mbeans.getAttribute(new ObjectName("java.lang:type=Memory"), "HeapMemoryUsage");
            m.put("max", MemoryUsage.from(d).getMax() >> 20);
            mbeans.invoke(new ObjectName("java.lang:type=Memory"), "gc", null, null);
            m.put("used_after_full_gc", heapUsed() >> 20);
        } catch (Exception e) {
            m.put("error", e.toString());
        }
        return m;
    }

    @Override
    public void close() throws Exception {
        running = false;
        sampler.join(2_000);
        connector.close();
    }
}
