# Terraform 0.11 style, as old modules still write it.
provider "alicloud" {
  version = "~> 1.230.0"
  region  = "${var.region}"
}

variable "region" {
  default = "cn-beijing"
}

variable "disk_size" {
  default = "50"
}

variable "sg_id" {
  default = "sg-2ze8wvrbk0fmb0b1vxyz"
}

resource "alicloud_ess_scaling_configuration" "legacy" {
  scaling_group_id  = "asg-2ze4bfbf0lc5ivbq0zbh"
  image_id          = "centos_7_9_x64_20G_alibase_20240628.vhd"
  instance_type     = "ecs.n4.large"
  security_group_id = "${var.sg_id}"
  system_disk_size  = "${var.disk_size}"
  is_outdated       = "false"
  force_delete      = "true"
  io_optimized      = "optimized"
  internet_max_bandwidth_in = 0

  data_disk = [
    {
      size     = "100"
      category = "cloud_efficiency"
    },
  ]

  tags = {
    "kubernetes.io/cluster/${var.region}" = "owned"
  }
}
