// @vitest-environment node
// The kustomize base, built as kustomize would (its resources, in order) and
// every object validated offline against Kubernetes' own schemas. The
// validator accepts fields it does not know, so the security settings are
// checked at their exact paths too.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Service } from "kubernetes-models/v1/Service";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";

const HERE = import.meta.dirname;
const read = (file: string) => readFileSync(join(HERE, file), "utf8");

interface Kustomization {
  resources: string[];
  images: { name: string; newName: string; newTag: string }[];
}

const kustomization = parseAllDocuments(read("kustomization.yaml"))[0]?.toJS() as Kustomization;
const objects = kustomization.resources.flatMap((file) =>
  parseAllDocuments(read(file)).map((document) => {
    if (document.errors.length > 0) throw new Error(`${file}: ${document.errors.join("; ")}`);
    return document.toJS() as { kind: string; metadata: { name: string } };
  }),
);

const MODELS = { ConfigMap, Deployment, Service, PodDisruptionBudget, HorizontalPodAutoscaler };

function only<K extends keyof typeof MODELS>(kind: K): InstanceType<(typeof MODELS)[K]> {
  const found = objects.filter((object) => object.kind === kind);
  expect(found, kind).toHaveLength(1);
  return new MODELS[kind](found[0] as never) as InstanceType<(typeof MODELS)[K]>;
}

/** The settings deploy/entrypoint.sh reads, from its own list. */
const entrypoint = readFileSync(join(HERE, "..", "entrypoint.sh"), "utf8");
const SETTINGS = (/^SETTINGS="([^"]+)"$/m.exec(entrypoint)?.[1] ?? "").split(" ");

describe("deploy/kubernetes", () => {
  it("holds one object of each kind, each valid against Kubernetes' schemas", () => {
    expect(objects.map((object) => object.kind).sort()).toEqual(Object.keys(MODELS).sort());
    for (const object of objects) {
      const Model = MODELS[object.kind as keyof typeof MODELS];
      expect(() => {
        new Model(object as never).validate();
      }, `${object.kind} ${object.metadata.name}`).not.toThrow();
    }
    // The validator is no rubber stamp: a wrong type is refused.
    const deployment = objects.find((object) => object.kind === "Deployment");
    expect(() => {
      new Deployment({ ...deployment, spec: { replicas: "two" } } as never).validate();
    }).toThrow();
    expect(kustomization.images.map((image) => image.name)).toEqual([
      only("Deployment").spec?.template.spec?.containers[0]?.image,
    ]);
  });

  it("runs two replicas or more, as a user who is not root, on a read-only root filesystem", () => {
    const deployment = only("Deployment");
    expect(deployment.spec?.replicas).toBeGreaterThanOrEqual(2);
    const pod = deployment.spec?.template.spec;
    expect(pod?.securityContext?.runAsNonRoot).toBe(true);
    expect(pod?.securityContext?.seccompProfile?.type).toBe("RuntimeDefault");
    expect(pod?.automountServiceAccountToken).toBe(false);
    const [container] = pod?.containers ?? [];
    const security = container?.securityContext;
    expect(security?.runAsNonRoot).toBe(true);
    expect(security?.readOnlyRootFilesystem).toBe(true);
    expect(security?.allowPrivilegeEscalation).toBe(false);
    expect(security?.capabilities?.drop).toEqual(["ALL"]);
    expect(security?.seccompProfile?.type).toBe("RuntimeDefault");
    // The writable paths are an emptyDir: /tmp, where the image's run directory is.
    const mounts = container?.volumeMounts ?? [];
    expect(mounts.map((mount) => mount.mountPath)).toEqual(["/tmp"]);
    const volume = pod?.volumes?.find((candidate) => candidate.name === mounts[0]?.name);
    expect(volume?.emptyDir).toBeDefined();
  });

  it("probes /healthz on the container's port, and asks for and limits its resources", () => {
    const [container] = only("Deployment").spec?.template.spec?.containers ?? [];
    expect(container?.ports).toEqual([{ name: "http", containerPort: 8080 }]);
    for (const probe of [container?.readinessProbe, container?.livenessProbe]) {
      expect(probe?.httpGet).toEqual({ path: "/healthz", port: "http" });
    }
    for (const amounts of [container?.resources?.requests, container?.resources?.limits]) {
      expect(Object.keys(amounts ?? {}).sort()).toEqual(["cpu", "memory"]);
    }
  });

  it("routes the Service, the budget and the autoscaler to the Deployment's pods", () => {
    const deployment = only("Deployment");
    const labels = deployment.spec?.template.metadata?.labels;
    expect(deployment.spec?.selector.matchLabels).toEqual(labels);
    expect(only("Service").spec?.selector).toEqual(labels);
    expect(only("Service").spec?.ports?.[0]?.targetPort).toBe("http");
    const budget = only("PodDisruptionBudget");
    expect(budget.spec?.selector?.matchLabels).toEqual(labels);
    expect(budget.spec?.minAvailable).toBe(1);
    const autoscaler = only("HorizontalPodAutoscaler");
    expect(autoscaler.spec.scaleTargetRef).toEqual({
      apiVersion: "apps/v1",
      kind: "Deployment",
      name: deployment.metadata?.name,
    });
    expect([autoscaler.spec.minReplicas, autoscaler.spec.maxReplicas]).toEqual([2, 6]);
  });

  it("gives the pods exactly the settings the entrypoint reads, and they pass its checks", () => {
    const configMap = only("ConfigMap");
    const [container] = only("Deployment").spec?.template.spec?.containers ?? [];
    expect(container?.envFrom).toEqual([{ configMapRef: { name: configMap.metadata?.name } }]);
    expect(SETTINGS.length).toBeGreaterThan(10);
    expect(Object.keys(configMap.data ?? {}).sort()).toEqual([...SETTINGS].sort());
    // Each one listed is one it reads.
    for (const name of SETTINGS) {
      expect(entrypoint).toMatch(new RegExp(`\\b(setting|service_url) ${name}\\b`));
    }

    const root = mkdtempSync(join(tmpdir(), "configmap-test-"));
    try {
      writeFileSync(join(root, "index.html"), "<html><head></head><body></body></html>\n");
      const result = spawnSync("sh", [join(HERE, "..", "entrypoint.sh"), "render"], {
        env: {
          PATH: process.env.PATH,
          DASHBOARD_ROOT: root,
          DASHBOARD_RUN_DIR: join(root, "run"),
          ...configMap.data,
        },
        encoding: "utf8",
      });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
